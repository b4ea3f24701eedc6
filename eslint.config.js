const officeAddins = require("eslint-plugin-office-addins");
const tseslint = require("typescript-eslint");

// eslint-plugin-office-addins registers its own @typescript-eslint plugin; take typescript-eslint's
// recommended *rules* onto that instance instead of registering the plugin twice.
const tsRecommendedRules = Object.assign(
  {},
  ...tseslint.configs.recommended.map((config) => config.rules ?? {})
);

module.exports = [
  {
    ignores: [
      "dist/**",
      "dist-bench/**",
      "dist-addin/**",
      "node_modules/**",
      "coverage/**",
      "demo-output/**",
      "plan-data/**",
    ],
  },
  ...officeAddins.configs.recommended,
  {
    files: ["**/*.ts"],
    languageOptions: { ecmaVersion: 2022, sourceType: "module", parser: tseslint.parser },
    rules: {
      ...tsRecommendedRules,
      "no-undef": "off",
      // The plugin's nested @typescript-eslint 8.8 crashes on this rule under ESLint 9.39 unless options are explicit.
      "@typescript-eslint/no-unused-expressions": [
        "error",
        {
          allowShortCircuit: false,
          allowTernary: false,
          allowTaggedTemplates: false,
          enforceForJSX: false,
        },
      ],
    },
  },
  {
    // The load/sync rules are for Office.js proxies; ExcelJS objects (getCell, getRow) are plain and synchronous.
    files: ["src/adapters/xlsx/**/*.ts", "test/**/*.ts"],
    ignores: ["test/adapters/office/**"],
    rules: {
      "office-addins/call-sync-before-read": "off",
      "office-addins/load-object-before-read": "off",
      "office-addins/call-sync-after-load": "off",
    },
  },
  {
    files: ["**/*.js"],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: "commonjs",
      globals: {
        require: "readonly",
        module: "writable",
        __dirname: "readonly",
        process: "readonly",
        console: "readonly",
        Buffer: "readonly",
      },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
];
