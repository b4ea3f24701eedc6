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

/** A file that cannot be written (no such folder, no permission, disk full): the message names the file. */
export class FileWriteError extends Error {
  constructor(
    readonly file: string,
    readonly code: string
  ) {
    super(
      `${file}: cannot be written (${
        code === "ENOENT"
          ? "no such folder"
          : code === "EACCES" || code === "EPERM"
            ? "permission denied"
            : code === "ENOSPC"
              ? "the disk is full"
              : code === "EISDIR"
                ? "it is a folder"
                : code
      })`
    );
    this.name = "FileWriteError";
  }
}

const codeOf = (error: unknown): string =>
  (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));

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
  try {
    await fs.writeFile(temp, bytes, { flag: "wx" });
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw new FileWriteError(file, codeOf(error));
  }
  try {
    if (options.force) {
      await fs.rename(temp, file);
    } else {
      try {
        await fs.link(temp, file);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "EEXIST") throw new FileExistsError(file);
        throw new FileWriteError(file, codeOf(error));
      }
      await fs.unlink(temp);
    }
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error instanceof FileExistsError || error instanceof FileWriteError
      ? error
      : new FileWriteError(file, codeOf(error));
  }
};
