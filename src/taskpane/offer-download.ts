const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * Points a download link at new workbook bytes, releasing the bytes of the link's previous file, and shows it:
 * the user saves the file with an ordinary click (or Enter), so the browser never replaces a file silently.
 */
export const offerDownload = (
  link: HTMLAnchorElement,
  bytes: Uint8Array,
  fileName: string
): void => {
  if (link.href.startsWith("blob:")) URL.revokeObjectURL(link.href);
  link.href = URL.createObjectURL(new Blob([bytes as BlobPart], { type: XLSX_TYPE }));
  link.download = fileName;
  link.hidden = false;
};

/** Hides a download link and releases its bytes. */
export const withdrawDownload = (link: HTMLAnchorElement): void => {
  if (link.href.startsWith("blob:")) URL.revokeObjectURL(link.href);
  link.removeAttribute("href");
  link.hidden = true;
};
