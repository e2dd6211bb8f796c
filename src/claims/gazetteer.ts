import type { SpeakerKind } from "./claim.js";

/** One known speaker: a person, a government body, an outlet. */
export interface GazetteerEntry {
  /** Canonical name ("Dmitry Peskov", "Kremlin"). */
  name: string;
  /** What kind of speaker this is. */
  kind: Exclude<SpeakerKind, "unresolved" | "unnamed">;
  /** Side label ("Russia", "US", "Ukraine"), null when neutral. */
  side: string | null;
  /** Role or title, null when unknown. */
  role: string | null;
  /** Organisation, null when unknown. */
  org: string | null;
  /** Grammatical gender for pronoun resolution, null when unknown. */
  gender: "m" | "f" | null;
  /** Other spellings, surnames and metonyms. */
  aliases: string[];
}

/** The side gazetteer: known speakers plus words that reveal a side ("Russian", "Kyiv"). */
export interface Gazetteer {
  /** Every entry, in file order. */
  entries: readonly GazetteerEntry[];
  /** The entry a name, alias or metonym refers to ("Kiev" → Ukrainian government). */
  lookup(name: string): GazetteerEntry | undefined;
  /** The side a single word or short phrase reveals ("Russian" → "Russia"). */
  sideOf(word: string): string | undefined;
}

/** Lower case, straight apostrophes, no diacritics, no leading "the", single spaces. */
export function normalizeName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[’‘`]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^the /, "");
}

/** Build the lookup tables; later entries never shadow an earlier entry's name. */
export function createGazetteer(entries: GazetteerEntry[], sideWords: Record<string, string[]>): Gazetteer {
  const byName = new Map<string, GazetteerEntry>();
  for (const entry of entries) {
    for (const key of [entry.name, ...entry.aliases]) {
      const normal = normalizeName(key);
      if (!byName.has(normal)) byName.set(normal, entry);
    }
  }
  const sides = new Map<string, string>();
  for (const [side, words] of Object.entries(sideWords)) {
    for (const word of words) sides.set(normalizeName(word), side);
  }
  // Why: lookups repeat (every capitalised token of every article); NFD normalisation is the cost.
  const memo = new Map<string, GazetteerEntry | null>();
  const lookup = (name: string): GazetteerEntry | undefined => {
    const known = memo.get(name);
    if (known !== undefined) return known ?? undefined;
    const entry = byName.get(normalizeName(name));
    if (memo.size > 50_000) memo.clear();
    memo.set(name, entry ?? null);
    return entry;
  };
  return {
    entries,
    lookup,
    sideOf: (word) => sides.get(normalizeName(word)),
  };
}
