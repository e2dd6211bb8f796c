import type { Analysis, Range } from "../analyze-text.js";
import { pronouns, sourceNouns, titleWords, wordSet } from "../word-lists.js";
import { allNames, describes } from "./apposition-parts.js";
import { growSubject } from "./grow-subject.js";
import { isSpeakerHead, phraseEndingAt } from "./speaker-phrase.js";

const MAX_SEGMENTS = 6;
const MAX_SEGMENT = 40;
const MAX_DESCRIPTION = 35;
const CLAUSE_OPENERS = wordSet("and but that while as because when although though since so");
const STOPS = /^[.;:!?“”"]$/;

/**
 * A speaker followed by a chain of descriptions up to the cue: "Donna Rawlings, 59, of Ashton,
 * Md., who watched the ceremony, said", "Officials at Homeland Security Investigations, a division
 * of Immigration and Customs Enforcement, said", "Rep. Jim Jordan (R-Ohio), an oversight panel
 * member, said". The outermost head that names someone and opens its clause wins; every stretch
 * between it and the cue must describe. Null when there is no such head.
 */
export function appositiveChain(analysis: Analysis, comma: number, floor: number): Range | null {
  const { lower, words } = analysis.tokens;
  const mark = lower[comma] ?? ",";
  const marks = [comma];
  for (let pos = comma; marks.length <= MAX_SEGMENTS; ) {
    let open = pos - 1;
    while (open > floor && pos - open < MAX_SEGMENT && lower[open] !== mark && !STOPS.test(words[open] ?? ""))
      open--;
    if (lower[open] !== mark || open === pos - 1) break;
    marks.push(open);
    pos = open;
  }
  for (let j = marks.length - 1; j >= 1; j--) {
    let described = true;
    for (let k = 0; k < j && described; k++)
      described = describes(
        analysis,
        { first: (marks[k + 1] ?? 0) + 1, last: marks[k] ?? 0 },
        MAX_DESCRIPTION,
      );
    if (!described) continue;
    let headEnd = (marks[j] ?? 0) - 1;
    // "Rep. Jim Jordan (R-Ohio), …": the party tag belongs to the name.
    if (lower[headEnd] === ")") {
      let open = headEnd - 1;
      while (open > floor && headEnd - open < 8 && lower[open] !== "(") open--;
      if (lower[open] !== "(") continue;
      headEnd = open - 1;
    }
    if (!isSpeakerHead(analysis, headEnd) || pronouns.has(lower[headEnd] ?? "")) continue;
    const head = growSubject(analysis, phraseEndingAt(analysis, headEnd, floor), floor);
    const opener = lower[head.first] ?? "";
    const names =
      allNames(analysis, head) ||
      sourceNouns.has(opener) ||
      titleWords.has(opener) ||
      (/^(?:a|an|the)$/.test(opener) &&
        (sourceNouns.has(lower[head.last - 1] ?? "") || titleWords.has(lower[head.last - 1] ?? "")));
    if (!names) continue;
    const before = lower[head.first - 1] ?? "";
    const opens =
      head.first <= floor ||
      !/^[\p{L}\p{N}]/u.test(words[head.first - 1] ?? "") ||
      CLAUSE_OPENERS.has(before);
    if (!opens) continue;
    // The speaker ends before an aside at the end of the chain ("…, facing a challenge in Iowa,
    // …", "…, in a statement,"): it describes the saying, not the speaker.
    let last = comma;
    for (let k = 0; k < j; k++) {
      const opener = lower[(marks[k + 1] ?? 0) + 1] ?? "";
      if (!/^(?:in|on|at|during|after|before|speaking|facing|asked)$/.test(opener) && !/ing$/.test(opener))
        continue;
      last = marks[k + 1] ?? last;
    }
    return { first: head.first, last };
  }
  return null;
}
