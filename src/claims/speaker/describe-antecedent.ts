import { wordSet } from "../word-lists.js";
import type { Candidate } from "./antecedents.js";
import type { Mention } from "./find-mentions.js";
import type { ParsedSpeaker } from "./parse-speaker.js";

/** What a definite description refers to: a person by role, an outlet, or neither. */
export interface Description {
  /** "person" for "the Vermont senator", "media" for "the newspaper". */
  kind: "person" | "media";
  /** The head noun ("senator", "newspaper"). */
  head: string;
}

const PERSON_HEADS = wordSet(`
  senator president candidate nominee governor neurosurgeon businessman businesswoman mogul billionaire
  developer republican democrat chairman chairwoman secretary leader minister congressman congresswoman
  lawmaker premier chancellor mayor judge justice general commander envoy front-runner frontrunner
  incumbent host anchor author economist actor pastor prosecutor speaker diplomat`);
const MEDIA_HEADS = wordSet(
  "newspaper paper daily outlet network broadcaster channel magazine website site publication tabloid",
);
const TITLE_FORMS: Record<string, string> = {
  sen: "senator",
  "sen.": "senator",
  gov: "governor",
  "gov.": "governor",
  rep: "congressman",
  "rep.": "congressman",
  gen: "general",
  "gen.": "general",
};
const MEDIA_NAMES =
  /\b(?:Times|Post|Journal|News|Tribune|Herald|Gazette|Magazine|Daily|Press|Politico|Reuters)\b/u;
const DEFINITE = /^(?:the|this|that)\s+((?:[\p{L}-]+\s+){0,3})([\p{L}-]+)$/iu;

/**
 * "the Vermont senator", "the former president", "the newspaper": a definite description with a
 * person or outlet head and no name of its own; null for anything else.
 */
export function definiteDescription(text: string): Description | null {
  const match = DEFINITE.exec(text.trim());
  if (!match?.[2]) return null;
  const head = match[2].toLowerCase();
  // "the White House", "the Kremlin": a capitalised head is a name.
  if (/^\p{Lu}/u.test(match[2]) && head !== "republican" && head !== "democrat") return null;
  if (PERSON_HEADS.has(head)) return { kind: "person", head };
  if (MEDIA_HEADS.has(head)) return { kind: "media", head };
  return null;
}

/**
 * The named antecedent of a description, from `candidates` (best first, see `antecedents`): for a
 * person, the first whose title or role holds the head ("Sen. Sanders" for "the senator"), else the
 * claim speaker or subject of the sentence just before when it is a named person ("Carson … The
 * candidate also refuted …"); for an outlet, the nearest outlet. Null when nothing fits: an
 * unresolved description is shown as unnamed, never as a wrong name.
 */
export function describedAntecedent(
  description: Description,
  candidates: Iterable<Candidate>,
  sentence: number,
  titleOf: (mention: Mention) => string,
  asSpeaker: (mention: Mention) => ParsedSpeaker,
): ParsedSpeaker | null {
  let fallback: ParsedSpeaker | null = null;
  for (const candidate of candidates) {
    const speaker = candidate.mention ? asSpeaker(candidate.mention) : candidate.speaker;
    if (!speaker.name || speaker.plural) continue;
    if (description.kind === "media") {
      const media = speaker.kind === "media" || MEDIA_NAMES.test(speaker.name);
      if (media) return speaker;
      continue;
    }
    if (speaker.kind !== "person") continue;
    const title = candidate.mention ? titleOf(candidate.mention) : "";
    const words = `${title} ${speaker.role ?? ""}`.toLowerCase().split(/\s+/);
    if (words.some((word) => word === description.head || TITLE_FORMS[word] === description.head))
      return speaker;
    const leading = candidate.mention ? candidate.mention.subject : true;
    if (fallback === null && candidate.sentence === sentence - 1 && leading) fallback = speaker;
  }
  return fallback;
}
