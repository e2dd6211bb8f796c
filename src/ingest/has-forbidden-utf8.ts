// Bytes that decode to a character XML 1.0 forbids: C0 controls other than tab, LF and CR, and DEL.
const forbiddenByte = new Uint8Array(256);
for (let byte = 0; byte < 0x20; byte++)
  if (byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) forbiddenByte[byte] = 1;
forbiddenByte[0x7f] = 1;
// U+FFFE and U+FFFF in UTF-8.
const nonCharacters = [Buffer.from([0xef, 0xbf, 0xbe]), Buffer.from([0xef, 0xbf, 0xbf])];

/**
 * Whether UTF-8 bytes hold a character XML forbids (C0 controls except tab/LF/CR, DEL, U+FFFE,
 * U+FFFF). Answers from the bytes eight at a time, so the decoded text (megabytes for a large
 * feed) is only scanned character by character when there is something to remove.
 */
export function hasForbiddenUtf8(bytes: Uint8Array): boolean {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // One byte search first: 0xEF (which both start with) is absent from most feeds.
  if (buffer.includes(0xef) && nonCharacters.some((sequence) => buffer.includes(sequence))) return true;
  // Word reads need 4-byte alignment; the unaligned head and the tail go byte by byte.
  const head = (4 - (bytes.byteOffset & 3)) & 3;
  const pairs = bytes.length > head ? (bytes.length - head) >>> 3 : 0;
  const tail = head + pairs * 8;
  if (anyForbidden(bytes, 0, Math.min(head, bytes.length)) || anyForbidden(bytes, tail, bytes.length))
    return true;
  if (pairs === 0) return false;
  const words = new Uint32Array(bytes.buffer, bytes.byteOffset + head, pairs * 2);
  for (let pair = 0; pair < pairs; pair++) {
    const first = words[2 * pair] as number;
    const second = words[2 * pair + 1] as number;
    // Classic SWAR tests: some byte below 0x20, or some byte equal to 0x7F (found as a zero byte
    // after XOR). Tab, LF and CR also trip the first test, so a hit is confirmed byte by byte.
    const firstDel = first ^ 0x7f7f7f7f;
    const secondDel = second ^ 0x7f7f7f7f;
    const hits =
      ((first - 0x20202020) & ~first) |
      ((firstDel - 0x01010101) & ~firstDel) |
      ((second - 0x20202020) & ~second) |
      ((secondDel - 0x01010101) & ~secondDel);
    if ((hits & 0x80808080) !== 0 && anyForbidden(bytes, head + pair * 8, head + pair * 8 + 8)) return true;
  }
  return false;
}

function anyForbidden(bytes: Uint8Array, from: number, to: number): boolean {
  for (let index = from; index < to; index++) if (forbiddenByte[bytes[index] as number] === 1) return true;
  return false;
}
