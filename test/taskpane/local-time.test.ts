import { localTime } from "../../src/taskpane/local-time";

describe("a stamp's time as the officer reads it", () => {
  it("is written in the officer's time zone and format, not as ISO UTC", () => {
    expect(localTime("2014-01-15T09:00:00.000Z", "en-GB", "Asia/Kolkata")).toBe(
      "15 Jan 2014, 14:30"
    );
    expect(localTime("2014-01-15T09:00:00.000Z", "en-US", "America/New_York")).toBe(
      "Jan 15, 2014, 4:00 AM"
    );
  });

  it("gives back a text that is no time as it is", () => {
    expect(localTime("yesterday", "en-GB", "UTC")).toBe("yesterday");
    expect(localTime("", "en-GB", "UTC")).toBe("");
  });
});
