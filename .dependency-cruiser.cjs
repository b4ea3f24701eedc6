/* global module */
/**
 * The arrows of docs/architecture (ARCHITECTURE.md): front ends -> app -> core, adapters -> core, and inside
 * core each folder importing only the folders below it. `npm test` runs `depcruise src` with this file;
 * test/dependency-rules.test.ts proves on a fixture tree that each rule catches a wrong-way import.
 */

/** Core's folders from the base up: a folder may import its own and those on earlier lines, never a later one. */
const CORE_LAYERS = [
  ["result", "findings"],
  ["plan", "snapshot", "export", "i18n"],
  ["status"],
  ["format"],
  ["layout"],
  ["report"],
  ["rules"],
  ["matrix"],
  ["annex"],
  ["submission"],
  ["upgrade"],
];

/** `src/core/<folder>` and `src/core/<folder>.ts` (core/result.ts is a folder of one file). */
const corePath = (folders) => `^src/core/(${folders.join("|")})(/|\\.ts$)`;

const coreLayerRules = CORE_LAYERS.flatMap((layer, i) => {
  const above = CORE_LAYERS.slice(i + 1).flat();
  return above.length === 0
    ? []
    : [
        {
          name: `core-${layer.join("-")}-imports-below`,
          comment: `core/${layer.join(", core/")} may import only the core folders below it, never ${above.join(", ")}`,
          severity: "error",
          from: { path: corePath(layer) },
          to: { path: corePath(above) },
        },
      ];
});

const FRONT_ENDS = ["cli", "taskpane", "commands"];

module.exports = {
  forbidden: [
    {
      name: "no-circular",
      comment: "No import cycle anywhere in src (type-only and dynamic imports included).",
      severity: "error",
      from: { path: "^src/" },
      to: { circular: true },
    },
    {
      name: "findings-is-the-base",
      comment: "core/findings imports nothing but itself: every other core folder may import it.",
      severity: "error",
      from: { path: "^src/core/findings/" },
      to: { pathNot: ["^src/core/findings/"] },
    },
    {
      name: "core-imports-only-core",
      comment: "core is pure: it imports nothing of app, the adapters or the front ends.",
      severity: "error",
      from: { path: "^src/core/" },
      to: { path: "^src/(app|adapters|cli|addin|taskpane|commands)/" },
    },
    {
      name: "core-no-node",
      comment: "core runs in the task pane too: no Node built-in module.",
      severity: "error",
      from: { path: "^src/(core|app)/" },
      to: { dependencyTypes: ["core"] },
    },
    ...coreLayerRules,
    {
      name: "app-imports-only-core",
      comment: "app holds the use cases over core; it never imports an adapter or a front end.",
      severity: "error",
      from: { path: "^src/app/" },
      to: { path: "^src/(adapters|cli|addin|taskpane|commands)/" },
    },
    {
      name: "adapters-import-only-core",
      comment: "An adapter imports core, and of app only the port it implements, as a type.",
      severity: "error",
      from: { path: "^src/adapters/" },
      to: { path: "^src/(cli|addin|taskpane|commands)/" },
    },
    {
      name: "adapters-use-app-types-only",
      comment: "An adapter implements app's WorkbookPort: a type-only import, never app's code.",
      severity: "error",
      from: { path: "^src/adapters/" },
      to: { path: "^src/app/", dependencyTypesNot: ["type-only"] },
    },
    {
      name: "adapters-apart",
      comment: "The two adapters do not import each other.",
      severity: "error",
      from: { path: "^src/adapters/(xlsx|office)/" },
      to: { path: "^src/adapters/", pathNot: ["^src/adapters/$1/"] },
    },
    {
      name: "addin-shared-by-pane-and-ribbon",
      comment:
        "src/addin is what the pane and the ribbon share: it imports app and core, no front end, no adapter.",
      severity: "error",
      from: { path: "^src/addin/" },
      to: { path: "^src/(adapters|cli|taskpane|commands)/" },
    },
    {
      name: "cli-not-addin",
      comment: "The CLI has no use for the add-in's shared parts.",
      severity: "error",
      from: { path: "^src/cli/" },
      to: { path: "^src/addin/" },
    },
    ...FRONT_ENDS.map((front) => ({
      name: `${front}-apart`,
      comment: `src/${front} imports no other front end (${FRONT_ENDS.filter((f) => f !== front).join(", ")}).`,
      severity: "error",
      from: { path: `^src/${front}/` },
      to: { path: `^src/(${FRONT_ENDS.filter((f) => f !== front).join("|")})/` },
    })),
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    // Type-only imports are dependencies too: a cycle through types is still a cycle.
    tsPreCompilationDeps: true,
    // Resolve .ts sources and JSON; dynamic import() is read by the TypeScript parser, comments and all.
    enhancedResolveOptions: { extensions: [".ts", ".js", ".json"] },
    parser: "tsc",
    exclude: { path: "\\.d\\.ts$" },
  },
};
