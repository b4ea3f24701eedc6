export * from "./result";
export * from "./plan";
export * from "./status";
export * from "./layout";
