/** The outcome of an operation whose failures are expected and shown to a user, not thrown. */
export type Result<T, E> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly errors: readonly E[] };

/** Wraps a value as a successful Result. */
export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });

/** Wraps one or more expected problems as a failed Result. */
export const fail = <E>(errors: readonly E[]): Result<never, E> => ({ ok: false, errors });
