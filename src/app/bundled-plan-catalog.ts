import { parsePlanFile } from "../core/plan";
import { catalogOfResults, type PlanCatalog } from "./plan-catalog";

/**
 * The catalog of plan files that a front end bundles (the add-in has no plan folder to read), keyed by file
 * name (`{ "itu-2012-2015.json": json }`), each checked exactly as the CLI checks the files of plan-data/.
 */
export const planCatalog = (files: Readonly<Record<string, unknown>>): PlanCatalog =>
  catalogOfResults(
    Object.entries(files).map(([file, json]) => parsePlanFile(file, JSON.stringify(json)))
  );
