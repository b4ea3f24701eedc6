import { message, render, translatorFor, type Message } from "../i18n";
import { fail, Result } from "../result";
import type { PlanError } from "./build-plan";
import { Plan } from "./plan";
import { saidAt, type SaidAt } from "./plan-messages";

/**
 * A problem with one plan or values file: `plan-data/x.json: $.sectors[0].id: must look like "ITU-R"` once said
 * (`sayPlanFileError`); `message` is what is wrong in English, `said` the same as a keyed message.
 */
export interface PlanFileError extends SaidAt {
  readonly file: string;
}

/** A plan or values file's problem as one keyed message naming the file and the JSON path (if any). */
export const sayPlanFileError = (error: PlanFileError): Message =>
  error.path === ""
    ? message("error.inFile", { file: error.file, reason: error.said })
    : message("error.plan.at", { file: error.file, path: error.path, reason: error.said });

/** Formats a plan file error as one line, in English. */
export const formatPlanFileError = (error: PlanFileError): string =>
  render(translatorFor("en"), sayPlanFileError(error));

/** "Unexpected token ... in JSON at position 12" without its English tail, and where it is, if it says. */
export const jsonSyntaxError = (path: string, body: string, error: unknown): SaidAt => {
  const text = error instanceof Error ? error.message : String(error);
  const detail = text.replace(/ in JSON.*$/, "");
  const position = /position (\d+)/.exec(text)?.[1];
  if (position === undefined) return saidAt(path, "error.plan.notJson", { detail });
  const before = body.slice(0, Number(position));
  return saidAt(path, "error.plan.notJsonAt", {
    line: String(before.split("\n").length),
    column: String(Number(position) - before.lastIndexOf("\n")),
    detail,
  });
};

/**
 * Reads a plan file's text (a byte-order mark is allowed) into a Plan with `load`, or undefined where `load` gives
 * none (the quick path's "not sure"). `file` names the file in messages; where its name is `<id>.json`, the id
 * inside must match it, so `--plan <id>` always finds the right file.
 */
export const readPlanFile = (
  file: string,
  text: string,
  load: (json: unknown) => Result<Plan, PlanError> | undefined
): Result<Plan, PlanFileError> | undefined => {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    return fail([{ file, ...jsonSyntaxError("", body, error) }]);
  }
  const loaded = load(json);
  if (loaded === undefined) return undefined;
  if (!loaded.ok) return fail(loaded.errors.map((e) => ({ file, ...e })));
  const stem = /([^/\\]+)\.json$/i.exec(file)?.[1];
  if (stem !== undefined && stem !== loaded.value.id) {
    return fail([
      {
        file,
        ...saidAt("$.id", "error.plan.idNotFileName", { id: loaded.value.id, expected: stem }),
      },
    ]);
  }
  return loaded;
};
