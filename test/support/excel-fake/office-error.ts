/** The error codes of the Excel JavaScript API that the fake raises (Excel.ErrorCodes, plus the payload limit). */
export type FakeErrorCode =
  | "PropertyNotLoaded"
  | "ItemNotFound"
  | "ItemAlreadyExists"
  | "InvalidArgument"
  | "InvalidOperation"
  | "AccessDenied"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded";

/** What Office.js rejects a sync with (OfficeExtension.Error): a code, a message, and both again in debugInfo. */
export class FakeOfficeError extends Error {
  readonly debugInfo: { readonly code: FakeErrorCode; readonly message: string };

  constructor(
    readonly code: FakeErrorCode,
    message: string
  ) {
    super(message);
    this.name = "RichApi.Error";
    this.debugInfo = { code, message };
  }
}

/** The error Office.js throws when a property is read before `load` and `context.sync()`. */
export const propertyNotLoaded = (property: string): FakeOfficeError =>
  new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`
  );
