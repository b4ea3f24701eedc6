import { existsSync, statSync } from "node:fs";
import { dirname } from "node:path";
import { FileExistsError, FileWriteError } from "../adapters/xlsx";

/**
 * Refuses, before any work, an output that could not be written (no such folder) or would replace a file
 * without --force: a command with several outputs then writes all of them or none.
 */
export const checkWritable = (file: string, force: boolean): void => {
  if (existsSync(file) && !force) throw new FileExistsError(file);
  const folder = dirname(file);
  if (!existsSync(folder) || !statSync(folder).isDirectory())
    throw new FileWriteError(file, "ENOENT");
};
