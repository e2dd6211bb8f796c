// Latin-1 names in code point order from U+00A0, so the table stays short.
const latin1Names =
  "nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml";

const otherEntities: Record<string, number> = {
  quot: 0x22,
  amp: 0x26,
  apos: 0x27,
  lt: 0x3c,
  gt: 0x3e,
  OElig: 0x152,
  oelig: 0x153,
  Scaron: 0x160,
  scaron: 0x161,
  Yuml: 0x178,
  fnof: 0x192,
  circ: 0x2c6,
  tilde: 0x2dc,
  ensp: 0x2002,
  emsp: 0x2003,
  thinsp: 0x2009,
  zwnj: 0x200c,
  zwj: 0x200d,
  lrm: 0x200e,
  rlm: 0x200f,
  ndash: 0x2013,
  mdash: 0x2014,
  lsquo: 0x2018,
  rsquo: 0x2019,
  sbquo: 0x201a,
  ldquo: 0x201c,
  rdquo: 0x201d,
  bdquo: 0x201e,
  dagger: 0x2020,
  Dagger: 0x2021,
  bull: 0x2022,
  hellip: 0x2026,
  permil: 0x2030,
  prime: 0x2032,
  Prime: 0x2033,
  lsaquo: 0x2039,
  rsaquo: 0x203a,
  oline: 0x203e,
  euro: 0x20ac,
  trade: 0x2122,
  larr: 0x2190,
  uarr: 0x2191,
  rarr: 0x2192,
  darr: 0x2193,
  harr: 0x2194,
  minus: 0x2212,
  nbhy: 0x2011,
};

/** Named HTML entities we decode: the XML five, Latin-1 and common typography. */
export const htmlEntities: ReadonlyMap<string, string> = new Map<string, string>([
  ...latin1Names
    .split(" ")
    .map((name, index): [string, string] => [name, String.fromCodePoint(0xa0 + index)]),
  ...Object.entries(otherEntities).map(([name, code]): [string, string] => [
    name,
    String.fromCodePoint(code),
  ]),
]);

// Feeds carry numeric references to windows-1252 code points (&#150; for an en dash).
const cp1252 =
  "\u20ac\ufffd\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\ufffd\u017d\ufffd\ufffd\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\ufffd\u017e\u0178";

/** The character a numeric reference stands for; U+FFFD for impossible code points. */
export function codePointText(code: number): string {
  if (code >= 0x80 && code <= 0x9f) return cp1252[code - 0x80] ?? "\ufffd";
  if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
    return "\ufffd";
  return String.fromCodePoint(code);
}

/**
 * Decode HTML character references (`&name;`, `&#123;`, `&#x1F;`); unknown names are left as
 * written. A hand-written scan rather than a regex with a callback: this runs over every item body.
 */
export function decodeHtmlEntities(text: string): string {
  let amp = text.indexOf("&");
  if (amp === -1) return text;
  let out = "";
  let copied = 0;
  const length = text.length;
  while (amp !== -1) {
    const end = charReferenceEnd(text, amp, length);
    if (end === -1) {
      amp = text.indexOf("&", amp + 1);
      continue;
    }
    const decoded = charReferenceText(text, amp, end);
    if (decoded !== undefined) {
      out += text.slice(copied, amp) + decoded;
      copied = end + 1;
    }
    amp = text.indexOf("&", end + 1);
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/**
 * Index of the ";" ending a well-formed reference at the "&" at `amp`, else -1. Same shapes as
 * `&(?:#\d{1,8}|#[xX][0-9a-fA-F]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});`.
 */
export function charReferenceEnd(text: string, amp: number, length = text.length): number {
  const first = text.charCodeAt(amp + 1);
  let cursor: number;
  let start: number;
  // Three copies of one loop: a shared loop taking a predicate is several times slower here.
  if (first === 35) {
    const mark = text.charCodeAt(amp + 2);
    if (mark === 120 || mark === 88) {
      start = cursor = amp + 3;
      const limit = Math.min(length, start + 7);
      while (cursor < limit && isHexDigit(text.charCodeAt(cursor))) cursor++;
    } else {
      start = cursor = amp + 2;
      const limit = Math.min(length, start + 8);
      while (cursor < limit && isDigit(text.charCodeAt(cursor))) cursor++;
    }
  } else if (isLetter(first)) {
    start = cursor = amp + 2;
    const limit = Math.min(length, start + 31);
    while (cursor < limit && isAlphanumeric(text.charCodeAt(cursor))) cursor++;
  } else return -1;
  return cursor > start && text.charCodeAt(cursor) === 59 ? cursor : -1;
}

/** What the reference from `amp` to the ";" at `end` stands for; undefined for an unknown name. */
export function charReferenceText(text: string, amp: number, end: number): string | undefined {
  if (text.charCodeAt(amp + 1) !== 35) return htmlEntities.get(text.slice(amp + 1, end));
  const mark = text.charCodeAt(amp + 2);
  return mark === 120 || mark === 88
    ? codePointText(Number.parseInt(text.slice(amp + 3, end), 16))
    : codePointText(Number.parseInt(text.slice(amp + 2, end), 10));
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isHexDigit(code: number): boolean {
  return isDigit(code) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102);
}

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isAlphanumeric(code: number): boolean {
  return isLetter(code) || isDigit(code);
}
