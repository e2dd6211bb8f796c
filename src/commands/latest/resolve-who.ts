import { editDistance } from "./edit-distance.js";
import { foldName } from "./fold-name.js";
import type { KnownSpeaker, SpeakerDirectory } from "./speaker-directory.js";

/** Whom `who` names: speakers, a side, or nobody known (with the closest names). */
export type WhoMatch =
  | { kind: "speaker"; speakers: KnownSpeaker[] }
  | { kind: "side"; side: string; title: string }
  | { kind: "unknown"; suggestions: string[] };

const maxSuggestions = 3;
// Answers per directory: the same names are asked again and again, and a directory never changes.
const remembered = new WeakMap<SpeakerDirectory, Map<string, WhoMatch>>();
const maxRemembered = 2000;

/**
 * Find what a typed `who` means, most certain reading first: a side by name ("russia", "United
 * States"); a speaker by name, alias or surname, folded so that case, diacritics, Cyrillic and
 * transliteration variants do not matter (peskov, Песков, Zelenskyy); a side word ("Russian"); a
 * name only one speaker's (or only one heard speaker's) starts with ("zelen"); a near miss of one letter (two in long names).
 * Anything else is unknown, with the closest known names to offer.
 */
export function resolveWho(directory: SpeakerDirectory, typed: string): WhoMatch {
  const folded = foldName(typed);
  let answers = remembered.get(directory);
  if (answers === undefined) {
    answers = new Map();
    remembered.set(directory, answers);
  }
  const known = answers.get(folded);
  if (known !== undefined) return known;
  const match = resolve(directory, folded, typed);
  if (answers.size >= maxRemembered) answers.clear();
  answers.set(folded, match);
  return match;
}

function resolve(directory: SpeakerDirectory, folded: string, typed: string): WhoMatch {
  if (folded === "") return { kind: "unknown", suggestions: [] };
  const side = directory.sides.find((candidate) => candidate.terms.includes(folded));
  if (side) return { kind: "side", side: side.label, title: side.title };
  const exact = directory.speakers.filter((speaker) => speaker.terms.includes(folded));
  if (exact.length > 0) return { kind: "speaker", speakers: exact };
  const word = directory.sideWord(typed);
  if (word !== undefined) {
    const named = directory.sides.find((candidate) => candidate.label === word);
    return { kind: "side", side: word, title: named?.title ?? word };
  }
  const prefixed =
    folded.length >= 3 ? directory.speakers.filter((speaker) => startsWith(speaker, folded)) : [];
  // Several names may start so ("zelen": Zelensky, Zelensky's office); one heard on the story wins.
  const heard = prefixed.length === 1 ? prefixed : prefixed.filter((speaker) => speaker.claims > 0);
  const [onlyPrefixed] = heard;
  if (heard.length === 1 && onlyPrefixed) return { kind: "speaker", speakers: [onlyPrefixed] };
  const near = nearMisses(directory, folded);
  const [best, second] = near;
  const allowed = folded.length >= 8 ? 2 : folded.length >= 5 ? 1 : 0;
  if (best && best.distance <= allowed && (second === undefined || second.distance > best.distance)) {
    return { kind: "speaker", speakers: [best.speaker] };
  }
  const suggestions = [...prefixed, ...near.map((item) => item.speaker)].map((speaker) => speaker.name);
  return { kind: "unknown", suggestions: [...new Set(suggestions)].slice(0, maxSuggestions) };
}

function startsWith(speaker: KnownSpeaker, folded: string): boolean {
  return speaker.terms.some(
    (term) => term.startsWith(folded) || term.split(" ").some((w) => w.startsWith(folded)),
  );
}

/**
 * Speakers with a name (or, for one typed word, a word of a name) within a few edits of what was
 * typed, closest first; ties keep the directory's order (most recently heard first).
 */
function nearMisses(
  directory: SpeakerDirectory,
  folded: string,
): { speaker: KnownSpeaker; distance: number }[] {
  const cap = Math.max(2, Math.floor(folded.length / 2));
  const best = new Map<KnownSpeaker, number>();
  const oneWord = !folded.includes(" ");
  for (const { term, speaker } of directory.fuzzy.get(folded.charAt(0)) ?? []) {
    if (!oneWord && !term.includes(" ")) continue;
    const distance = editDistance(folded, term, cap);
    if (distance <= cap && distance < (best.get(speaker) ?? cap + 1)) best.set(speaker, distance);
  }
  const order = new Map(directory.speakers.map((speaker, index) => [speaker, index]));
  return [...best]
    .map(([speaker, distance]) => ({ speaker, distance }))
    .sort((a, b) => a.distance - b.distance || (order.get(a.speaker) ?? 0) - (order.get(b.speaker) ?? 0));
}
