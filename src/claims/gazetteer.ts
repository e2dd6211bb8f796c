import type { SpeakerKind } from "./claim.js";

/** A role held over a span of dates (ISO `YYYY-MM-DD`, `to` exclusive; null = open). */
export interface DatedRole {
  /** The role ("President", "Secretary of State"). */
  role: string;
  /** The organisation the role is in, null when the entry's own applies. */
  org: string | null;
  /** First day held, null when long before any article. */
  from: string | null;
  /** First day no longer held, null while still held. */
  to: string | null;
}

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
  /**
   * Roles with their dates. When given, `role` and `org` are the ones held at the article's date
   * (see `Gazetteer.at`), and none when none was held then.
   */
  roles?: DatedRole[];
}

/** The side gazetteer: known speakers plus words that reveal a side ("Russian", "Kyiv"). */
export interface Gazetteer {
  /** Every entry, in file order. */
  entries: readonly GazetteerEntry[];
  /** The entry a name, alias or metonym refers to ("Kiev" → Ukrainian government). */
  lookup(name: string): GazetteerEntry | undefined;
  /** The side a single word or short phrase reveals ("Russian" → "Russia"). */
  sideOf(word: string): string | undefined;
  /**
   * The same gazetteer with every dated entry's role as held on `date` (ISO 8601): an article
   * from 2016 never calls Trump "President". Views are cached per day.
   */
  at(date: string): Gazetteer;
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
  const sideMemo = new Map<string, string | null>();
  const views = new Map<string, Gazetteer>();
  const gazetteer: Gazetteer = {
    entries,
    lookup,
    sideOf: (word) => {
      const known = sideMemo.get(word);
      if (known !== undefined) return known ?? undefined;
      const side = sides.get(normalizeName(word));
      if (sideMemo.size > 50_000) sideMemo.clear();
      sideMemo.set(word, side ?? null);
      return side;
    },
    at(date) {
      if (!entries.some((entry) => entry.roles)) return gazetteer;
      const day = date.slice(0, 10);
      let view = views.get(day);
      if (!view) {
        // Why a cap: a long-running process sees a new article date every day.
        if (views.size >= MAX_VIEWS) views.clear();
        view = createGazetteer(
          entries.map((entry) => heldOn(entry, day)),
          sideWords,
        );
        views.set(day, view);
      }
      return view;
    },
  };
  return gazetteer;
}

const MAX_VIEWS = 64;

/** The entry with the role it held on `day`; an entry without dated roles is unchanged. */
function heldOn(entry: GazetteerEntry, day: string): GazetteerEntry {
  if (!entry.roles) return entry;
  const held = entry.roles.find(
    (role) => (role.from === null || role.from <= day) && (role.to === null || day < role.to),
  );
  return { ...entry, roles: undefined, role: held?.role ?? null, org: held ? (held.org ?? entry.org) : null };
}
