import type { Speaker } from "../claims/claim.js";
import { splitWords } from "../topics/split-words.js";
import { foldTransliteration } from "./fold-transliteration.js";

// Titles, roles and their glue words that precede a name as written ("US Secretary of State Marco
// Rubio", "Kremlin spokesman Dmitry Peskov"). Only a leading run of them is dropped.
const titleWords = new Set(
  (
    "mr mrs ms miss dr sir dame lord president vice prime minister foreign deputy secretary state " +
    "spokesman spokeswoman spokesperson press envoy special adviser advisor aide chancellor senator sen " +
    "rep representative general gen lt col colonel commander chief head ambassador former ex acting " +
    "us u s russian ukrainian american kremlin army defense defence interior of the for to"
  ).split(" "),
);

/**
 * The key under which a speaker's claims are gathered across articles, or null when the speaker
 * cannot be looked up by name (unnamed or unresolved sources).
 *
 * - People: the folded name the extractor resolved (else the span as written), leading titles and
 *   roles dropped ("President", "Mr", "Kremlin spokesman"), initials dropped, and transliteration
 *   variants folded per word: Zelensky/Zelenskyy/Zelenskiy/Zelenskij → "zelensky",
 *   Dmitry/Dmitri/Dmitriy → "dmitry", Sergei/Sergey → "sergey". A surname alone stays a surname;
 *   `mergeSpeakerKeys` maps it to the one full name that has it.
 * - Organisations, governments, groups and media: "org:" + the folded name without a leading
 *   "the" ("the Kremlin" and "Kremlin" → "org:kremlin").
 */
export function speakerKey(speaker: Speaker): string | null {
  switch (speaker.kind) {
    case "unnamed":
    case "unresolved":
      return null;
    case "person":
      return personKey(speaker.name ?? speaker.text);
    default:
      return organisationKey(speaker.name ?? speaker.org ?? speaker.text);
  }
}

function personKey(name: string): string | null {
  const words = splitWords(name);
  let start = 0;
  while (start < words.length - 1 && titleWords.has(words[start] ?? "")) start += 1;
  const named = words.slice(start);
  const withoutInitials = named.filter((word) => word.length > 1);
  const kept = withoutInitials.length > 0 ? withoutInitials : named;
  return kept.length === 0 ? null : kept.map(foldTransliteration).join(" ");
}

function organisationKey(name: string): string | null {
  const words = splitWords(name);
  if (words[0] === "the" && words.length > 1) words.shift();
  return words.length === 0 ? null : `org:${words.join(" ")}`;
}
