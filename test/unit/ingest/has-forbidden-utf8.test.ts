import { describe, expect, it } from "vitest";
import { hasForbiddenUtf8 } from "../../../src/ingest/has-forbidden-utf8.js";

// A view starting `offset` bytes into a fresh buffer, to exercise every word alignment.
function at(offset: number, text: string | Buffer): Buffer {
  const bytes = typeof text === "string" ? Buffer.from(text) : text;
  const backing = Buffer.alloc(offset + bytes.length);
  bytes.copy(backing, offset);
  return backing.subarray(offset);
}

describe("has forbidden utf-8", () => {
  const plain = `<rss>\n\t<title>Talks\r\n resume</title> café ${"x".repeat(40)}</rss>`;

  it.each([0, 1, 2, 3])(
    "when only tab, LF, CR and ordinary text occur (offset %i), then nothing is found",
    (offset) => {
      expect(hasForbiddenUtf8(at(offset, plain))).toBe(false);
    },
  );

  it.each([0, 1, 2, 3])("when a control character sits anywhere (offset %i), then it is found", (offset) => {
    for (const position of [0, 5, 17, plain.length - 1]) {
      for (const control of ["\u0000", "\u0001", "\u000b", "\u001f", "\u007f"]) {
        const text = `${plain.slice(0, position)}${control}${plain.slice(position)}`;
        expect(hasForbiddenUtf8(at(offset, text)), JSON.stringify([position, control])).toBe(true);
      }
    }
  });

  it("when U+FFFE or U+FFFF is encoded, then it is found, and U+FFFD is not", () => {
    expect(hasForbiddenUtf8(Buffer.from(`${plain}\ufffe`))).toBe(true);
    expect(hasForbiddenUtf8(Buffer.from(`\uffff${plain}`))).toBe(true);
    expect(hasForbiddenUtf8(Buffer.from(`${plain}\ufffd`))).toBe(false);
  });

  it("when the body is tiny or empty, then it is still judged", () => {
    expect(hasForbiddenUtf8(at(3, ""))).toBe(false);
    expect(hasForbiddenUtf8(at(1, "\u0002"))).toBe(true);
  });
});
