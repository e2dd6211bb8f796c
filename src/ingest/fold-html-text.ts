import { charReferenceEnd, charReferenceText } from "./decode-html-entities.js";
import { stepOverTag } from "./html-tags.js";

// Text that needs nothing done: no markup, no reference, words separated by single spaces.
// Printable ASCII is tried first: its simpler class is faster, and it proves the run holds no
// character that could be half of mojibake ("Ã©").
const asciiRun = /[!-%'-;=-~]+(?: [!-%'-;=-~]+)*/y;
const plainRun = /[^\s<&]+(?: [^\s<&]+)*/y;
// What may follow "&" inside a reference; a run of these ending at "<" could continue after a tag.
const referenceRun = /[#0-9A-Za-z]{0,34}/y;

/** Text from one pass over HTML, and whether it could hold mojibake at all. */
export interface FoldedText {
  /** The plain text, lines separated by "\n". */
  text: string;
  /** False when no character in U+00C2–U+00F4 (the first half of any mojibake pair) was emitted. */
  mayHoldMojibake: boolean;
}

/**
 * The text of an HTML fragment in one forward pass: tags stripped, character references decoded,
 * whitespace folded (one space inside a line, "\n" where a block ends, no blank lines).
 * Null when a reference might straddle a tag ("&am<b></b>p;"): stripping first and decoding
 * second would join it, so the caller takes the step-by-step path.
 */
export function foldHtmlText(html: string): FoldedText | null {
  const length = html.length;
  let out = "";
  let mayHoldMojibake = false;
  // Separator owed before the next visible character: 0 none, 1 a space, 2 a line break.
  let gap = 0;
  let index = 0;
  while (index < length) {
    const code = html.charCodeAt(index);
    let piece: string;
    if (code === 60) {
      const step = stepOverTag(html, index);
      if (step.kind === "end") break;
      if (step.kind === "skip") {
        if (step.block) gap = 2;
        index = step.next;
        continue;
      }
      piece = "<";
      index++;
    } else if (code === 38) {
      const end = charReferenceEnd(html, index, length);
      const decoded = end === -1 ? undefined : charReferenceText(html, index, end);
      if (decoded === undefined) {
        if (end === -1 && straddlesTag(html, index)) return null;
        // Not a reference, or an unknown name: the "&" stays and the rest is ordinary text.
        piece = "&";
        index++;
      } else if (decoded.length === 1 && isSpace(decoded.charCodeAt(0))) {
        gap = decoded === "\n" ? 2 : Math.max(gap, 1);
        index = end + 1;
        continue;
      } else {
        piece = decoded;
        index = end + 1;
        const first = decoded.charCodeAt(0);
        if (first >= 0xc2 && first <= 0xf4) mayHoldMojibake = true;
      }
    } else if (isSpace(code)) {
      gap = code === 10 ? 2 : Math.max(gap, 1);
      index++;
      continue;
    } else {
      asciiRun.lastIndex = index;
      let end = asciiRun.test(html) ? asciiRun.lastIndex : index;
      // A run that is not plain ASCII (or stops at a character beyond it) goes on under the full rule.
      if (end === index || (end < length && html.charCodeAt(end) > 0x7e)) {
        mayHoldMojibake = true;
        plainRun.lastIndex = index;
        plainRun.test(html);
        end = plainRun.lastIndex;
      }
      piece = html.slice(index, end);
      index = end;
    }
    if (gap !== 0 && out !== "") out += gap === 2 ? "\n" : " ";
    gap = 0;
    out += piece;
  }
  return { text: out, mayHoldMojibake };
}

function straddlesTag(html: string, amp: number): boolean {
  referenceRun.lastIndex = amp + 1;
  referenceRun.test(html);
  return html.charCodeAt(referenceRun.lastIndex) === 60;
}

/** Exactly the characters JavaScript's `\s` matches. */
function isSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
