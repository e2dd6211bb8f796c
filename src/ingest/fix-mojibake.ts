const suspicious =
  /[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]/;
const cp1252Specials =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

/**
 * Undo the classic double encoding "UTF-8 bytes read as windows-1252" ("â€™" → "’").
 * Only applied when the result is valid UTF-8, so genuine Latin-1 text is left alone.
 */
export function fixMojibake(text: string): string {
  if (!suspicious.test(text)) return text;
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x100) bytes.push(code);
    else {
      const index = cp1252Specials.indexOf(char);
      if (index === -1) return text;
      bytes.push(0x80 + index);
    }
  }
  const repaired = Buffer.from(bytes).toString("utf8");
  return repaired.includes("\ufffd") ? text : repaired;
}
