import type { SpeakerKind } from "../../claims/claim.js";

/** A speaker `/latest` can be asked about: from the gazetteer, the store, or both. */
export interface KnownSpeaker {
  /** Display name ("Dmitry Peskov"). */
  name: string;
  /** Gazetteer kind; "person" or "organization" guessed from the key for speakers only the store knows. */
  kind: SpeakerKind;
  /** Role and organisation from the gazetteer; null for speakers only the store knows. */
  role: string | null;
  org: string | null;
  /** Side ("Russia"), null when none is known. */
  side: string | null;
  /** Speaker keys whose claims are this speaker's ("dmitry peskov", "peskov"). */
  keys: string[];
  /** Folded names it is found by (see `foldName`): name, aliases, surname. */
  terms: string[];
  /** Claims in the store and the newest one's time (null: no claims yet). */
  claims: number;
  latest: string | null;
}

/** A side `/latest` can be asked about ("russia", "us", "united states"). */
export interface KnownSide {
  /** The side as claims carry it ("US"). */
  label: string;
  /** How it is shown ("United States"). */
  title: string;
  /** Folded names it is found by. */
  terms: string[];
}

/** A name (or one word of it) that near misses are measured against. */
export interface FuzzyEntry {
  term: string;
  speaker: KnownSpeaker;
}

/** Everyone and every side `/latest` knows, most recently heard first. */
export interface SpeakerDirectory {
  /** Speakers with claims first (newest, then most claims), then gazetteer speakers not heard yet. */
  speakers: KnownSpeaker[];
  /**
   * Every term and every word of 3+ letters, by first letter. Why by first letter: a near miss
   * rarely gets the first letter wrong, and a lookup then measures a few dozen names, not all.
   */
  fuzzy: ReadonlyMap<string, readonly FuzzyEntry[]>;
  sides: KnownSide[];
  /** The side a word such as "Russian" or "American" stands for. */
  sideWord(typed: string): string | undefined;
}
