import { formatPlanFileError, parsePlanFile } from "../core/plan";
import itu20082011 from "../../plan-data/itu-2008-2011.json";
import itu20122015 from "../../plan-data/itu-2012-2015.json";

/** The plans bundled with the add-in (plan-data/), as the CLI's `kpi-report plans` lists them. */
const BUNDLED: Record<string, unknown> = {
  "itu-2012-2015.json": itu20122015,
  "itu-2008-2011.json": itu20082011,
};

const render = (): void => {
  const list = document.getElementById("plans");
  const status = document.getElementById("status");
  if (!list || !status) return;
  const problems: string[] = [];
  for (const [file, json] of Object.entries(BUNDLED)) {
    const result = parsePlanFile(file, JSON.stringify(json));
    if (!result.ok) {
      problems.push(...result.errors.map(formatPlanFileError));
      continue;
    }
    const item = document.createElement("li");
    item.className = "plan-list__item";
    const { value: plan } = result;
    item.textContent = `${plan.title} (${plan.period.start}-${plan.period.end}): ${plan.sectors.map((s) => s.id).join(", ")}`;
    list.append(item);
  }
  status.textContent =
    problems.length > 0 ? `Some plans could not be read: ${problems.join("; ")}` : "";
};

if (typeof Office !== "undefined") Office.onReady(() => render());
else document.addEventListener("DOMContentLoaded", render);
