export * from "./result";
export * from "./plan";
export * from "./status";
export * from "./layout";
export * from "./snapshot";
export * from "./report";
export * from "./rules";
export * from "./matrix";
