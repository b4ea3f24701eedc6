import { digestSha256, platformSubtle } from "../../../src/core/submission/digest-sha256";

const ascii = (text: string): Uint8Array => Uint8Array.from(text, (ch) => ch.charCodeAt(0));

// FIPS 180-2 appendix B and the NIST CAVP short and long messages.
const VECTORS: readonly [string, Uint8Array, string][] = [
  [
    "the empty message",
    ascii(""),
    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
  ],
  ["abc", ascii("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"],
  [
    "the 448-bit message",
    ascii("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
    "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
  ],
  [
    "the 896-bit message",
    ascii(
      "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu"
    ),
    "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1",
  ],
  [
    "one million times 'a'",
    new Uint8Array(1_000_000).fill(0x61),
    "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0",
  ],
];

describe("digestSha256", () => {
  it("finds the platform's Web Crypto in Node 20", () => {
    expect(platformSubtle()).toBeDefined();
  });

  it.each(VECTORS)("hashes %s through the platform's SHA-256", async (_, bytes, digest) => {
    expect(await digestSha256(bytes)).toBe(digest);
  });

  it.each(VECTORS)(
    "hashes %s through the TypeScript SHA-256 where there is no Web Crypto",
    async (_, bytes, digest) => {
      expect(await digestSha256(bytes, null)).toBe(digest);
    }
  );

  it("falls back to the TypeScript SHA-256 where the platform's refuses", async () => {
    const refusing = {
      digest: (): Promise<ArrayBuffer> => Promise.reject(new Error("insecure context")),
    };
    expect(await digestSha256(ascii("abc"), refusing)).toBe(
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    );
  });
});
