import { randomBytes } from "node:crypto";
import { promises as fs } from "node:fs";
import { basename, dirname, join } from "node:path";

/** A write that would replace an existing file without --force. */
export class FileExistsError extends Error {
  constructor(readonly file: string) {
    super(`${file} already exists; use --force to replace it`);
    this.name = "FileExistsError";
  }
}

/**
 * Writes bytes to a file so that it is either the old file or the whole new one, never half of it:
 * a temporary file beside it, then a rename (replace) or a hard link (no replace, atomic against races).
 */
export const writeFileAtomic = async (
  file: string,
  bytes: Uint8Array,
  options: { force: boolean }
): Promise<void> => {
  const temp = join(
    dirname(file),
    `.${basename(file)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`
  );
  await fs.writeFile(temp, bytes, { flag: "wx" });
  try {
    if (options.force) {
      await fs.rename(temp, file);
    } else {
      try {
        await fs.link(temp, file);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "EEXIST") throw new FileExistsError(file);
        throw error;
      }
      await fs.unlink(temp);
    }
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
};
