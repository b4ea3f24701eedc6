/** A catalog as the add-in's pages carry it (scripts/page-catalogs.js, webpack's loader of the catalogs). */
export declare const pageCatalog: (
  catalog: Readonly<Record<string, string>>,
  part?: "all" | "first" | "rest"
) => Record<string, string>;
/** Key prefixes that only src/cli uses. */
export declare const CLI_ONLY: readonly string[];
/** Key prefixes of the words the task pane shows before any action runs. */
export declare const FIRST: readonly string[];
/** Whether the add-in's pages carry this key. */
export declare const onPages: (key: string) => boolean;
