import { createHash } from "node:crypto";
import fc from "fast-check";
import { sha256Hex, utf8Bytes } from "../../../src/core/submission";

const ascii = (text: string): Uint8Array => Uint8Array.from(text, (ch) => ch.charCodeAt(0));

describe("sha256Hex", () => {
  // FIPS 180-2 appendix B and the NIST CAVP short-message vectors.
  it.each([
    ["", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"],
    ["abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"],
    [
      "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
    ],
    [
      "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
      "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1",
    ],
  ])("hashes the NIST test message %j", (message, digest) => {
    expect(sha256Hex(ascii(message))).toBe(digest);
  });

  it("hashes one million times 'a' (the NIST long message)", () => {
    expect(sha256Hex(new Uint8Array(1_000_000).fill(0x61))).toBe(
      "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"
    );
  });

  it("agrees with node:crypto at every length around the block and padding boundaries", () => {
    for (let n = 0; n <= 200; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 31 + n) & 0xff);
      expect(sha256Hex(bytes)).toBe(createHash("sha256").update(bytes).digest("hex"));
    }
  });

  it("agrees with node:crypto on any text, UTF-8 encoded", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), (text) => {
        expect(Buffer.from(utf8Bytes(text))).toEqual(Buffer.from(text, "utf8"));
        expect(sha256Hex(utf8Bytes(text))).toBe(
          createHash("sha256").update(text, "utf8").digest("hex")
        );
      })
    );
  });
});
