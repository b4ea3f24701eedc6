import { removeBrowserPages } from "./browser-pages";

/** Removes what global setup built for the run. */
export default async function globalTeardown(): Promise<void> {
  await removeBrowserPages();
}
