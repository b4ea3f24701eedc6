/**
 * What Microsoft's manifest validation service (`npm run validate`, online) checks, checked offline: the manifest
 * is well-formed, its elements are in the schema's order, the required ones are there, every resid is defined with
 * the right kind of resource, URLs are https, ids are unique, and each icon exists at the size it is declared.
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

const ROOT = join(__dirname, "..");
const TEXT = readFileSync(join(ROOT, "manifest.xml"), "utf8");

interface Node {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly Node[];
  readonly text: string;
}

type Raw = Record<string, unknown> & { ":@"?: Record<string, string> };

const toNode = (raw: Raw): Node | null => {
  const name = Object.keys(raw).find((k) => k !== ":@");
  if (!name || name === "#text" || name === "#comment") return null;
  const body = (raw[name] as Raw[]) ?? [];
  return {
    name,
    attrs: raw[":@"] ?? {},
    children: body.flatMap((c) => toNode(c) ?? []),
    text: body.map((c) => (typeof c["#text"] === "string" ? c["#text"] : "")).join(""),
  };
};

const parsed = (
  new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: "",
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: true,
    commentPropName: "#comment",
  }).parse(TEXT) as Raw[]
).flatMap((r) => toNode(r) ?? []);
const root = parsed.find((n) => n.name === "OfficeApp") as Node;

const all = (node: Node): Node[] => [node, ...node.children.flatMap(all)];
const child = (node: Node, name: string): Node => {
  const found = node.children.find((c) => c.name === name);
  if (!found) throw new Error(`${node.name} has no ${name}`);
  return found;
};
const path = (...names: string[]): Node => names.reduce(child, root);

/** The order of OfficeApp's children in the TaskPaneApp schema (1.1); optional ones may be absent. */
const OFFICE_APP_ORDER = [
  "Id",
  "AlternateId",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "AllowSnapshot",
  "VersionOverrides",
];
const REQUIRED = [
  "Id",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "Hosts",
  "DefaultSettings",
  "Permissions",
];

const isInOrder = (names: readonly string[], order: readonly string[]): boolean =>
  names.every((n, i) => i === 0 || order.indexOf(names[i - 1] ?? "") <= order.indexOf(n)) &&
  names.every((n) => order.includes(n));

const overrides = path("VersionOverrides");
const resources = child(overrides, "Resources");
const defined = (kind: string): Map<string, Node> =>
  new Map(child(resources, kind).children.map((n) => [n.attrs.id ?? "", n]));
const images = defined("bt:Images");
const urls = defined("bt:Urls");
const shortStrings = defined("bt:ShortStrings");
const longStrings = defined("bt:LongStrings");

/** Which kind of resource each element's resid must name. */
const residKind = (node: Node, parent: Node | undefined): Map<string, Node> => {
  if (node.name === "bt:Image") return images;
  if (["SourceLocation", "FunctionFile", "LearnMoreUrl"].includes(node.name)) return urls;
  if (node.name === "Description") return longStrings;
  if (node.name === "Label" || node.name === "Title") return shortStrings;
  throw new Error(`unexpected resid on ${node.name} in ${parent?.name}`);
};
const withParents = (node: Node, parent?: Node): [Node, Node | undefined][] => [
  [node, parent],
  ...node.children.flatMap((c) => withParents(c, node)),
];

const pngSize = (file: string): [number, number] => {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
};
const assetOf = (url: string): string => {
  const m = /^https:\/\/localhost:3000\/(assets\/[a-z0-9-]+\.png)$/.exec(url);
  if (!m?.[1]) throw new Error(`${url} is not an icon under assets/`);
  return join(ROOT, m[1]);
};

describe("manifest.xml, checked offline as the validation service would", () => {
  it("is well-formed XML", () => {
    expect(XMLValidator.validate(TEXT)).toBe(true);
  });

  it("is a task-pane add-in for Excel workbooks", () => {
    expect(root.attrs["xsi:type"]).toBe("TaskPaneApp");
    expect(root.attrs.xmlns).toBe("http://schemas.microsoft.com/office/appforoffice/1.1");
    expect(path("Hosts").children.map((h) => h.attrs.Name)).toEqual(["Workbook"]);
  });

  it("has every required element, in the schema's order", () => {
    const names = root.children.map((c) => c.name);
    expect(names.filter((n) => REQUIRED.includes(n))).toEqual(REQUIRED);
    expect(isInOrder(names, OFFICE_APP_ORDER)).toBe(true);
    expect(path("Id").text).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
    );
    expect(path("Version").text).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(path("DisplayName").attrs.DefaultValue?.length).toBeLessThanOrEqual(125);
    expect(path("Description").attrs.DefaultValue?.length).toBeLessThanOrEqual(250);
  });

  it("asks for ExcelApi 1.9 and permission to read and write the document, nothing more", () => {
    const sets = child(path("Requirements"), "Sets").children;
    expect(sets.map((s) => [s.attrs.Name, s.attrs.MinVersion])).toEqual([["ExcelApi", "1.9"]]);
    expect(path("Permissions").text).toBe("ReadWriteDocument");
  });

  it("puts a KPI Reporter group on the Home tab with a pane button and a Validate button", () => {
    const host = child(child(overrides, "Hosts"), "Host");
    expect(overrides.attrs["xsi:type"]).toBe("VersionOverridesV1_0");
    expect(host.attrs["xsi:type"]).toBe("Workbook");
    const form = child(host, "DesktopFormFactor");
    expect(form.children.map((c) => c.name)).toEqual([
      "GetStarted",
      "FunctionFile",
      "ExtensionPoint",
    ]);
    const tab = child(child(form, "ExtensionPoint"), "OfficeTab");
    expect(tab.attrs.id).toBe("TabHome");
    const group = child(tab, "Group");
    expect(shortStrings.get(child(group, "Label").attrs.resid ?? "")?.attrs.DefaultValue).toBe(
      "KPI Reporter"
    );
    const actions = group.children
      .filter((c) => c.name === "Control")
      .map((c) => [
        shortStrings.get(child(c, "Label").attrs.resid ?? "")?.attrs.DefaultValue,
        child(c, "Action").attrs["xsi:type"],
      ]);
    expect(actions).toEqual([
      ["KPI Reporter", "ShowTaskpane"],
      ["Validate", "ExecuteFunction"],
    ]);
  });

  it("runs a function that the function file registers", () => {
    const names = all(overrides)
      .filter((n) => n.name === "FunctionName")
      .map((n) => n.text);
    const commands = readFileSync(join(ROOT, "src/commands/commands.ts"), "utf8");
    const associated = [...commands.matchAll(/Office\.actions\.associate\("([^"]+)"/g)].map(
      (m) => m[1]
    );
    expect(names).toEqual(["validate"]);
    expect(associated).toEqual(names);
  });

  it("defines every resid it uses, as the right kind of resource, and nothing unused", () => {
    const used = withParents(overrides).filter(([n]) => n.attrs.resid !== undefined);
    const wrong = used.filter(([n, p]) => !residKind(n, p).has(n.attrs.resid ?? ""));
    expect(wrong.map(([n]) => `${n.name} ${n.attrs.resid}`)).toEqual([]);
    const usedIds = new Set(used.map(([n]) => n.attrs.resid));
    const ids = [images, urls, shortStrings, longStrings].flatMap((m) => [...m.keys()]);
    expect(ids.filter((id) => !usedIds.has(id))).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => id.length > 32)).toEqual([]);
  });

  it("keeps short strings within 125 characters and long strings within 250", () => {
    expect(
      [...shortStrings.values()].filter((s) => (s.attrs.DefaultValue ?? "").length > 125)
    ).toEqual([]);
    expect(
      [...longStrings.values()].filter((s) => (s.attrs.DefaultValue ?? "").length > 250)
    ).toEqual([]);
  });

  it("gives every control, group and task pane a unique id", () => {
    const ids = all(overrides)
      .filter((n) => ["Control", "Group"].includes(n.name))
      .map((n) => n.attrs.id);
    expect(ids.every((id) => id !== undefined && id.length > 0 && id.length <= 125)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("uses only https URLs", () => {
    const values = all(root)
      .filter(
        (n) =>
          n.name.endsWith("Url") ||
          n.name === "SourceLocation" ||
          n.name === "bt:Image" ||
          n.name === "bt:Url"
      )
      .map((n) => n.attrs.DefaultValue)
      .filter((v): v is string => v !== undefined);
    expect(values.length).toBeGreaterThan(8);
    expect(values.filter((v) => !v.startsWith("https://"))).toEqual([]);
  });

  it("has its icons in assets/ at the sizes it declares", () => {
    expect(pngSize(assetOf(path("IconUrl").attrs.DefaultValue ?? ""))).toEqual([32, 32]);
    expect(pngSize(assetOf(path("HighResolutionIconUrl").attrs.DefaultValue ?? ""))).toEqual([
      64, 64,
    ]);
    const declared = all(overrides)
      .filter((n) => n.name === "bt:Image" && n.attrs.size !== undefined)
      .map(
        (n) =>
          [Number(n.attrs.size), images.get(n.attrs.resid ?? "")?.attrs.DefaultValue ?? ""] as const
      );
    expect(new Set(declared.map(([size]) => size))).toEqual(new Set([16, 32, 80]));
    for (const [size, url] of declared) expect(pngSize(assetOf(url))).toEqual([size, size]);
  });
});

describe("the production manifest", () => {
  const copyTransform = async (addinUrl: string | undefined): Promise<string> => {
    const saved = process.env.ADDIN_URL;
    if (addinUrl === undefined) delete process.env.ADDIN_URL;
    else process.env.ADDIN_URL = addinUrl;
    try {
      const makeConfig = createRequire(__filename)("../webpack.config.js") as (
        env: Record<string, unknown>,
        argv: { mode: string }
      ) => Promise<{
        plugins: { patterns?: { to: string; transform?: (c: Buffer) => string }[] }[];
      }>;
      const config = await makeConfig({}, { mode: "production" });
      const pattern = config.plugins
        .flatMap((p) => p.patterns ?? [])
        .find((p) => p.to === "manifest.xml");
      if (!pattern?.transform) throw new Error("webpack does not copy the manifest");
      return pattern.transform(Buffer.from(TEXT));
    } finally {
      if (saved === undefined) delete process.env.ADDIN_URL;
      else process.env.ADDIN_URL = saved;
    }
  };

  it("points every URL at ADDIN_URL", async () => {
    const out = await copyTransform("https://reports.example.org/kpi/");
    expect(out).not.toContain("localhost");
    expect(out).toContain(
      '<SourceLocation DefaultValue="https://reports.example.org/kpi/taskpane.html"/>'
    );
    expect(out).toContain('DefaultValue="https://reports.example.org/kpi/assets/icon-80.png"');
    expect(XMLValidator.validate(out)).toBe(true);
  });

  it("refuses an ADDIN_URL that is not https", async () => {
    await expect(copyTransform("http://reports.example.org/kpi/")).rejects.toThrow(
      /ADDIN_URL must be an https URL ending with "\/"/
    );
  });
});
