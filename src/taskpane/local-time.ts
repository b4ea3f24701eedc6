/**
 * A moment as the officer reads times: in their own time zone and their language's date and time format (for
 * example "15 Jan 2014, 10:00" in en-GB, "15 janv. 2014, 10:00" in fr-FR), never raw ISO UTC. A text that is no
 * time is given back as it is. `timeZone` defaults to the browser's; tests pass their own.
 */
export const localTime = (iso: string, locale: string, timeZone?: string): string => {
  const at = new Date(iso);
  if (iso === "" || Number.isNaN(at.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, {
    dateStyle: "medium",
    timeStyle: "short",
    ...(timeZone ? { timeZone } : {}),
  }).format(at);
};
