import { debounce } from "../../src/taskpane/debounce";

describe("debounce (re-validating after edits settle)", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it("acts once, on the last call of a burst, after the pause", () => {
    const seen: number[] = [];
    const settle = debounce((n: number) => seen.push(n), 1500);
    settle(1);
    jest.advanceTimersByTime(1000);
    settle(2);
    jest.advanceTimersByTime(1499);
    expect(seen).toEqual([]);
    jest.advanceTimersByTime(1);
    expect(seen).toEqual([2]);
    settle(3);
    jest.advanceTimersByTime(1500);
    expect(seen).toEqual([2, 3]);
  });

  it("forgets a pending call when cancelled", () => {
    const seen: number[] = [];
    const settle = debounce((n: number) => seen.push(n), 100);
    settle(1);
    settle.cancel();
    jest.advanceTimersByTime(1000);
    expect(seen).toEqual([]);
  });
});
