/** A function that runs `fn` once, `ms` after the last of a burst of calls, with that call's argument. */
export interface Debounced<T> {
  (value: T): void;
  /** Forgets a pending call. */
  cancel(): void;
}

/** Waits for a burst of calls to settle before acting on the last one: how the pane re-validates after edits. */
export const debounce = <T>(fn: (value: T) => void, ms: number): Debounced<T> => {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const debounced = (value: T): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      fn(value);
    }, ms);
  };
  debounced.cancel = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  return debounced;
};
