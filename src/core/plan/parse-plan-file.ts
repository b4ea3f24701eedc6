import { fail, Result } from "../result";
import { loadPlan } from "./load-plan";
import { Plan } from "./plan";

/** A problem with one plan file, ready to show: `plan-data/x.json: $.sectors[0].id: must look like "ITU-R"`. */
export interface PlanFileError {
  readonly file: string;
  readonly path: string;
  readonly message: string;
}

/** Formats a plan file error as one line. */
export const formatPlanFileError = (error: PlanFileError): string =>
  `${error.file}: ${error.path === "" ? "" : `${error.path}: `}${error.message}`;

const lineAndColumn = (text: string, position: number): string => {
  const before = text.slice(0, position);
  const line = before.split("\n").length;
  return `line ${line}, column ${position - before.lastIndexOf("\n")}`;
};

/**
 * Reads a plan file's text (a byte-order mark is allowed) into a Plan. `file` names the file in messages;
 * where its name is `<id>.json`, the id inside must match it, so `--plan <id>` always finds the right file.
 */
export const parsePlanFile = (file: string, text: string): Result<Plan, PlanFileError> => {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message)?.[1];
    const where = position === undefined ? "" : ` at ${lineAndColumn(body, Number(position))}`;
    return fail([
      {
        file,
        path: "",
        message: `is not valid JSON${where} (${message.replace(/ in JSON.*$/, "")})`,
      },
    ]);
  }
  const loaded = loadPlan(json);
  if (!loaded.ok) return fail(loaded.errors.map((e) => ({ file, ...e })));
  const stem = /([^/\\]+)\.json$/i.exec(file)?.[1];
  if (stem !== undefined && stem !== loaded.value.id) {
    return fail([
      {
        file,
        path: "$.id",
        message: `"${loaded.value.id}" does not match the file name (expected "${stem}")`,
      },
    ]);
  }
  return loaded;
};
