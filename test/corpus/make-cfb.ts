import { randomBytes } from "node:crypto";

const SECTOR = 512;
const FREE = 0xffffffff;
const END_OF_CHAIN = 0xfffffffe;
const FAT_SECTOR = 0xfffffffd;
const NO_STREAM = 0xffffffff;

/**
 * A compound file (the OLE/CFB container of .xls files and of password-protected .xlsx files), version 3,
 * holding these streams at its root. Streams are padded to 4,096 bytes so that they live in regular sectors
 * (no mini stream), which keeps the writer small; the header, FAT and directory are as the format describes.
 */
export const writeCfb = (streams: readonly { name: string; data: Uint8Array }[]): Uint8Array => {
  const padded = streams.map((s) => {
    const size = Math.max(4096, Math.ceil(s.data.length / SECTOR) * SECTOR);
    const data = Buffer.alloc(size);
    Buffer.from(s.data).copy(data);
    return { name: s.name, data, size: Math.max(4096, s.data.length) };
  });
  // Sector 0: the FAT; sector 1: the directory; then each stream's sectors in turn.
  const fat = Buffer.alloc(SECTOR, 0xff);
  fat.writeUInt32LE(FAT_SECTOR, 0);
  fat.writeUInt32LE(END_OF_CHAIN, 4);
  let next = 2;
  const starts = padded.map((s) => {
    const start = next;
    const count = s.data.length / SECTOR;
    for (let i = 0; i < count; i++)
      fat.writeUInt32LE(i === count - 1 ? END_OF_CHAIN : start + i + 1, (start + i) * 4);
    next += count;
    return start;
  });
  if (next > SECTOR / 4) throw new Error("streams too large for one FAT sector");

  const entry = (
    name: string,
    type: number,
    child: number,
    right: number,
    start: number,
    size: number
  ): Buffer => {
    const e = Buffer.alloc(128);
    const utf16 = Buffer.from(`${name}\0`, "utf16le");
    utf16.copy(e, 0);
    e.writeUInt16LE(utf16.length, 64);
    e.writeUInt8(type, 66);
    e.writeUInt8(1, 67); // black
    e.writeUInt32LE(NO_STREAM, 68); // left sibling
    e.writeUInt32LE(right, 72);
    e.writeUInt32LE(child, 76);
    e.writeUInt32LE(start, 116);
    e.writeUInt32LE(size, 120);
    return e;
  };
  // Siblings as a chain of right links, in the format's order: shorter names first, then by upper case.
  const order = padded
    .map((s, i) => ({ ...s, i }))
    .sort(
      (a, b) =>
        a.name.length - b.name.length || (a.name.toUpperCase() < b.name.toUpperCase() ? -1 : 1)
    );
  const directory = Buffer.alloc(SECTOR);
  entry("Root Entry", 5, order.length > 0 ? 1 : NO_STREAM, NO_STREAM, END_OF_CHAIN, 0).copy(
    directory,
    0
  );
  order.forEach((s, k) =>
    entry(
      s.name,
      2,
      NO_STREAM,
      k + 1 < order.length ? k + 2 : NO_STREAM,
      starts[s.i] ?? 0,
      s.size
    ).copy(directory, (k + 1) * 128)
  );
  if (order.length > 3) throw new Error("at most three streams in one directory sector");

  const header = Buffer.alloc(SECTOR);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x003e, 24); // minor version
  header.writeUInt16LE(0x0003, 26); // major version 3
  header.writeUInt16LE(0xfffe, 28); // little-endian
  header.writeUInt16LE(9, 30); // 512-byte sectors
  header.writeUInt16LE(6, 32); // 64-byte mini sectors
  header.writeUInt32LE(1, 44); // FAT sectors
  header.writeUInt32LE(1, 48); // first directory sector
  header.writeUInt32LE(4096, 56); // mini stream cutoff
  header.writeUInt32LE(END_OF_CHAIN, 60); // no mini FAT
  header.writeUInt32LE(END_OF_CHAIN, 68); // no DIFAT sectors
  for (let i = 0; i < 109; i++) header.writeUInt32LE(i === 0 ? 0 : FREE, 76 + i * 4);
  return new Uint8Array(Buffer.concat([header, fat, directory, ...padded.map((s) => s.data)]));
};

/** A password-protected .xlsx as Excel saves one: EncryptionInfo (agile) and the EncryptedPackage. */
export const encryptedWorkbook = (): Uint8Array => {
  const info = Buffer.concat([
    Buffer.from([0x04, 0x00, 0x04, 0x00, 0x40, 0x00, 0x00, 0x00]),
    Buffer.from(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption"><keyData saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" saltValue="' +
        randomBytes(16).toString("base64") +
        '"/></encryption>',
      "utf8"
    ),
  ]);
  const size = Buffer.alloc(8);
  size.writeUInt32LE(9000, 0);
  return writeCfb([
    { name: "EncryptionInfo", data: info },
    { name: "EncryptedPackage", data: Buffer.concat([size, randomBytes(9008)]) },
  ]);
};

/** An Excel 97-2003 .xls file: a compound file whose Workbook stream starts with a BIFF8 BOF record. */
export const oldFormatWorkbook = (): Uint8Array =>
  writeCfb([
    {
      name: "Workbook",
      data: Buffer.concat([
        Buffer.from([0x09, 0x08, 0x10, 0x00, 0x00, 0x06, 0x05, 0x00]),
        Buffer.alloc(4088),
      ]),
    },
  ]);
