import { readFileSync } from "node:fs";
import { join } from "node:path";
import { RULES, STRUCTURE_RULES } from "../../../src/core/rules";

describe("docs/rules.md", () => {
  const doc = readFileSync(join(__dirname, "../../../docs/rules.md"), "utf8");
  const documented = [...doc.matchAll(/^\| `([a-z0-9-]+)` \| (error|warning|info) \|/gm)].map(
    (m) => `${m[1]} ${m[2]}`
  );

  it("lists every rule with its severity, and no rule that does not exist", () => {
    expect(documented.sort()).toEqual(
      [...STRUCTURE_RULES, ...RULES].map((r) => `${r.id} ${r.severity}`).sort()
    );
  });
});
