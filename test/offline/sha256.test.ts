import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { sha256Hex } from "../../src/offline/sha256";
import { corpus, zigui } from "./files";

describe("the page's SHA-256 of a file's bytes (the 汇总's 数据来源 names each file by it)", () => {
  test("is the FIPS 180-4 digest of the empty input and of “abc”", () => {
    expect(sha256Hex(new Uint8Array())).toBe(
      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    );
    expect(sha256Hex(new TextEncoder().encode("abc"))).toBe(
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
    );
  });

  test("agrees with Node's crypto on a returned file and around the 55/56/64-byte padding edges", () => {
    const file = new Uint8Array(readFileSync(corpus(zigui)));
    expect(sha256Hex(file)).toBe(createHash("sha256").update(file).digest("hex"));
    for (const length of [55, 56, 63, 64, 65, 119, 120]) {
      const bytes = new Uint8Array(length).map((_, i) => (i * 37) & 255);
      expect(sha256Hex(bytes)).toBe(createHash("sha256").update(bytes).digest("hex"));
    }
  });
});
