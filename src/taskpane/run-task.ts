/** What a long operation may do while it runs: say what it is doing, and stop when the user cancels. */
export interface TaskSteps {
  readonly signal: AbortSignal;
  /** Shows the step's label; throws an AbortError once the user has cancelled, so no later step starts. */
  step(label: string): void;
}

/** The elements that show a running operation. */
export interface TaskElements {
  readonly panel: HTMLElement;
  readonly label: HTMLElement;
  readonly cancel: HTMLButtonElement;
  /** Controls that must not start a second operation while one runs. */
  readonly controls: readonly (HTMLButtonElement | HTMLInputElement | HTMLSelectElement)[];
}

/** How an operation ended: with its value, or cancelled by the user (its late result is dropped). */
export type TaskOutcome<T> = { readonly done: true; readonly value: T } | { readonly done: false };

const abortError = (): Error => {
  const error = new Error("Cancelled");
  error.name = "AbortError";
  return error;
};

/**
 * Runs one long operation at a time with a progress line and a Cancel button. Cancelling returns at once; work
 * already handed to ExcelJS or Excel finishes in the background and its result is dropped.
 */
export class TaskRunner {
  private controller: AbortController | undefined;

  constructor(private readonly elements: TaskElements) {
    elements.cancel.addEventListener("click", () => this.controller?.abort());
  }

  /** True while an operation runs. */
  get busy(): boolean {
    return this.controller !== undefined;
  }

  /**
   * Runs `work`, showing `label` until its first step; errors other than cancelling are the caller's to show.
   * `quiet` (an automatic re-check) leaves the keyboard focus where it is, which may be in Excel's grid.
   */
  async run<T>(
    label: string,
    work: (steps: TaskSteps) => Promise<T>,
    options: { readonly quiet?: boolean } = {}
  ): Promise<TaskOutcome<T>> {
    const controller = new AbortController();
    const opener =
      !options.quiet && typeof document !== "undefined"
        ? (document.activeElement as HTMLElement | null)
        : null;
    this.controller = controller;
    const { panel, label: text, cancel, controls } = this.elements;
    const wasDisabled = controls.map((c) => c.disabled);
    for (const c of controls) c.disabled = true;
    text.textContent = label;
    panel.hidden = false;
    if (!options.quiet) cancel.focus();
    const steps: TaskSteps = {
      signal: controller.signal,
      step: (next) => {
        if (controller.signal.aborted) throw abortError();
        text.textContent = next;
      },
    };
    const cancelled = new Promise<TaskOutcome<T>>((resolve) =>
      controller.signal.addEventListener("abort", () => resolve({ done: false }))
    );
    try {
      return await Promise.race([
        work(steps).then((value): TaskOutcome<T> => ({ done: true, value })),
        cancelled,
      ]);
    } catch (error) {
      if (controller.signal.aborted) return { done: false };
      throw error;
    } finally {
      this.controller = undefined;
      panel.hidden = true;
      controls.forEach((c, i) => (c.disabled = wasDisabled[i] ?? false));
      // Cancel is hidden now: give the focus back to the control that started the operation.
      opener?.focus();
    }
  }
}
