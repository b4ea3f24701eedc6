import { TaskRunner } from "../../src/taskpane/run-task";

/** Just enough of the pane's elements for the runner: what it hides, labels, disables and listens to. */
const fakeElements = () => {
  const listeners: (() => void)[] = [];
  const el = () => ({ hidden: true, textContent: "", disabled: false, focus: () => undefined });
  const cancel = { ...el(), addEventListener: (_: string, fn: () => void) => listeners.push(fn) };
  const button = el();
  return {
    elements: { panel: el(), label: el(), cancel, controls: [button] },
    button,
    clickCancel: () => listeners.forEach((fn) => fn()),
  };
};

describe("running a long operation", () => {
  it("shows progress and disables the controls while it runs, then restores them", async () => {
    const { elements, button } = fakeElements();
    const runner = new TaskRunner(elements as never);
    let during: unknown[] = [];
    const outcome = await runner.run("Working…", async ({ step }) => {
      step("Reading the file…");
      during = [elements.panel.hidden, elements.label.textContent, button.disabled, runner.busy];
      return 42;
    });
    expect(during).toEqual([false, "Reading the file…", true, true]);
    expect(outcome).toEqual({ done: true, value: 42 });
    expect([elements.panel.hidden, button.disabled, runner.busy]).toEqual([true, false, false]);
  });

  it("returns at once when cancelled, drops the late result, and starts no further step", async () => {
    const { elements, clickCancel } = fakeElements();
    const runner = new TaskRunner(elements as never);
    let release: () => void = () => undefined;
    const steps: string[] = [];
    const running = runner.run("Working…", async ({ step }) => {
      step("first");
      steps.push("first");
      await new Promise<void>((resolve) => (release = resolve));
      step("second");
      steps.push("second");
      return "late";
    });
    clickCancel();
    expect(await running).toEqual({ done: false });
    release();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(steps).toEqual(["first"]);
    expect(elements.panel.hidden).toBe(true);
  });

  it("passes an error on to the caller to show", async () => {
    const { elements } = fakeElements();
    const runner = new TaskRunner(elements as never);
    await expect(
      runner.run("Working…", async () => {
        throw new Error("disk full");
      })
    ).rejects.toThrow("disk full");
    expect(runner.busy).toBe(false);
  });
});
