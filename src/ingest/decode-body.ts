import iconv from "iconv-lite";
import { guessLegacyEncoding } from "./guess-legacy-encoding.js";
import { hasForbiddenUtf8 } from "./has-forbidden-utf8.js";

/** A feed body as text, ready for the XML parser. */
export interface DecodedBody {
  text: string;
  /** Encoding actually used (lower-case label), for diagnostics. */
  encoding: string;
}

// Characters XML 1.0 forbids anywhere in a document; real feeds contain them anyway.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point here
const forbiddenControls = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/g;
const declaredEncoding = /^[^>]{0,2048}?<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/;
const charsetParam = /charset\s*=\s*["']?([A-Za-z0-9._:-]+)/i;

/**
 * Bytes → text. Order of authority: a byte-order mark, then the XML declaration, then the HTTP
 * charset, then UTF-8 (falling back to a guess among windows-1252, windows-1251 and KOI8-R, from
 * the text content, when the bytes are plainly not UTF-8).
 * Invalid bytes become U+FFFD; nothing here throws on bad input.
 */
export function decodeBody(bytes: Uint8Array, contentType?: string | null): DecodedBody {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const encoding = pickEncoding(buffer, contentType ?? undefined);
  let text = decodeWith(buffer, encoding);
  let used = encoding;
  if (encoding === "utf-8" && looksMisdecoded(text, buffer, contentType)) {
    used = guessLegacyEncoding(buffer);
    text = decodeWith(buffer, used);
  }
  // UTF-8 shows forbidden characters in its bytes, which are much cheaper to check than the text.
  const mayHaveForbidden = used !== "utf-8" || hasForbiddenUtf8(buffer);
  return { text: cleanText(text, mayHaveForbidden), encoding: used };
}

function pickEncoding(buffer: Buffer, contentType: string | undefined): string {
  const [b0, b1, b2] = [buffer[0], buffer[1], buffer[2]];
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return "utf-8";
  if (b0 === 0xff && b1 === 0xfe) return "utf-16le";
  if (b0 === 0xfe && b1 === 0xff) return "utf-16be";
  // "<?" in UTF-16 without a BOM.
  if (b0 === 0x3c && b1 === 0x00 && b2 === 0x3f) return "utf-16le";
  if (b0 === 0x00 && b1 === 0x3c && buffer[3] === 0x3f) return "utf-16be";
  const head = buffer.subarray(0, 2048).toString("latin1");
  const fromXml = normaliseLabel(declaredEncoding.exec(head)?.[1]);
  // A declaration claiming UTF-16 in a file we just saw is 8-bit is wrong; ignore it.
  if (fromXml && !fromXml.startsWith("utf-16")) return fromXml;
  const fromHttp = normaliseLabel(contentType ? charsetParam.exec(contentType)?.[1] : undefined);
  if (fromHttp && !fromHttp.startsWith("utf-16")) return fromHttp;
  return "utf-8";
}

function normaliseLabel(label: string | undefined): string | undefined {
  if (!label) return undefined;
  const lower = label.toLowerCase();
  // Like browsers: Latin-1 and ASCII labels mean windows-1252 in practice (smart quotes in 0x80–0x9F).
  if (["iso-8859-1", "iso8859-1", "latin1", "latin-1", "us-ascii", "ascii", "l1"].includes(lower))
    return "windows-1252";
  // Checked before asking iconv-lite, whose first lookup loads every codec table it has.
  if (lower === "utf8" || lower === "utf-8") return "utf-8";
  return iconv.encodingExists(lower) ? lower : undefined;
}

function decodeWith(buffer: Buffer, encoding: string): string {
  if (encoding === "utf-8") return buffer.toString("utf8");
  if (encoding === "utf-16le") return buffer.toString("utf16le");
  return iconv.decode(buffer, encoding);
}

/** Not valid UTF-8 at all (only U+FFFD where high bytes were) and nothing declared: an 8-bit legacy file. */
function looksMisdecoded(text: string, buffer: Buffer, contentType: string | null | undefined): boolean {
  if (!text.includes("\uFFFD")) return false;
  if (contentType && charsetParam.test(contentType)) return false;
  if (declaredEncoding.test(buffer.subarray(0, 2048).toString("latin1"))) return false;
  return !/[\u0080-\uFFFC]/.test(text);
}

function cleanText(decoded: string, mayHaveForbidden: boolean): string {
  let text = decoded.charCodeAt(0) === 0xfeff ? decoded.slice(1) : decoded;
  // A strict XML parser rejects anything before the declaration (blank lines, comments).
  const declaration = text.indexOf("<?xml");
  if (declaration > 0 && !/<[A-Za-z]/.test(text.slice(0, declaration))) text = text.slice(declaration);
  else text = text.trimStart();
  return mayHaveForbidden ? text.replace(forbiddenControls, "") : text;
}
