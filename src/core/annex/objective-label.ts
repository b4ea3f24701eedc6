import type { Objective } from "../plan";

const SHORT = 60;

/**
 * An objective as the annex labels it, the same way in every sector: "Objective 2: " and the start of its text,
 * cut at a word near 60 characters ("Objective 2: To meet the requirements of the membership for…").
 */
export const objectiveLabel = (objective: Pick<Objective, "label" | "text">): string => {
  const text = objective.text
    .replace(/\s+/g, " ")
    .replace(/[\s.]+$/, "")
    .trim();
  if (text.length <= SHORT) return `${objective.label}: ${text}`;
  const cut = text.slice(0, SHORT + 1);
  const space = cut.lastIndexOf(" ");
  return `${objective.label}: ${(space > SHORT / 2 ? cut.slice(0, space) : cut.slice(0, SHORT)).replace(/[\s,;:.]+$/, "")}…`;
};
