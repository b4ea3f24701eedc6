export * from "./language";
export * from "./catalogs";
export * from "./translator";
export { isMessage, message, MessageError, render } from "./message";
export type { Message, MessageArg } from "./message";
