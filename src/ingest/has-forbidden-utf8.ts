// Bytes that decode to a character XML 1.0 forbids: C0 controls other than tab, LF and CR, and DEL.
const forbiddenByte = new Uint8Array(256);
for (let byte = 0; byte < 0x20; byte++) if (byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) forbiddenByte[byte] = 1;
forbiddenByte[0x7f] = 1;
// U+FFFE and U+FFFF in UTF-8.
const nonCharacters = [Buffer.from([0xef, 0xbf, 0xbe]), Buffer.from([0xef, 0xbf, 0xbf])];

/**
 * Whether UTF-8 bytes hold a character XML forbids (C0 controls except tab/LF/CR, DEL, U+FFFE,
 * U+FFFF). Answers from the bytes four at a time, so the decoded text (megabytes for a large feed)
 * is only scanned character by character when there is something to remove.
 */
export function hasForbiddenUtf8(bytes: Uint8Array): boolean {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (nonCharacters.some((sequence) => buffer.includes(sequence))) return true;
  const length = buffer.length;
  // Word reads need 4-byte alignment; the unaligned head and the tail are checked byte by byte.
  const head = (4 - (buffer.byteOffset & 3)) & 3;
  if (length < head + 4) return anyForbidden(buffer, 0, length);
  const words = (length - head) >>> 2;
  const tail = head + words * 4;
  if (anyForbidden(buffer, 0, head) || anyForbidden(buffer, tail, length)) return true;
  const view = new Uint32Array(buffer.buffer, buffer.byteOffset + head, words);
  for (let index = 0; index < words; index++) {
    const word = view[index] ?? 0;
    const delFlipped = word ^ 0x7f7f7f7f;
    // Classic SWAR tests: some byte below 0x20, or some byte equal to 0x7F. Tab, LF and CR also
    // trip the first test, so a hit is confirmed byte by byte.
    if ((((word - 0x20202020) & ~word) | ((delFlipped - 0x01010101) & ~delFlipped)) & 0x80808080) {
      const at = head + index * 4;
      if (anyForbidden(buffer, at, at + 4)) return true;
    }
  }
  return false;
}

function anyForbidden(buffer: Buffer, from: number, to: number): boolean {
  for (let index = from; index < to; index++) if (forbiddenByte[buffer[index] ?? 0] === 1) return true;
  return false;
}
