import { randomBytes } from "node:crypto";
import { promises as fs } from "node:fs";
import { basename, dirname, join } from "node:path";
import { message, render, translatorFor, type Message } from "../../core/i18n";

/** A write that would replace an existing file without --force. */
export class FileExistsError extends Error {
  constructor(readonly file: string) {
    super(render(translatorFor("en"), fileExists(file)));
    this.name = "FileExistsError";
  }

  /** The refusal as a keyed message, naming the file as given (a front end shows it as its reader knows it). */
  saidOf(name: string): Message {
    return fileExists(name);
  }
}

const fileExists = (file: string): Message =>
  message("error.file.exists", { file, force: "--force" });

/** Why a file cannot be written, from the system's error code; an unknown code is named as it is. */
const writeReason = (code: string): Message | string =>
  code === "ENOENT"
    ? message("error.io.noFolder")
    : code === "EACCES" || code === "EPERM"
      ? message("error.io.denied")
      : code === "ENOSPC"
        ? message("error.io.diskFull")
        : code === "EISDIR"
          ? message("error.io.isFolder")
          : code;

/** A file that cannot be written (no such folder, no permission, disk full): the message names the file. */
export class FileWriteError extends Error {
  constructor(
    readonly file: string,
    readonly code: string
  ) {
    super(
      render(
        translatorFor("en"),
        message("error.file.cannotWrite", { file, why: writeReason(code) })
      )
    );
    this.name = "FileWriteError";
  }

  /** The refusal as a keyed message, naming the file as given. */
  saidOf(name: string): Message {
    return message("error.file.cannotWrite", { file: name, why: writeReason(this.code) });
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
