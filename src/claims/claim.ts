/**
 * The claim contract (ARCHITECTURE.md, "Claim contract"). Relied on from outside through
 * `newsbrief extract`: extend it, never rename or drop a field.
 * Offsets are JavaScript string indices into the article text, end exclusive.
 */
export interface Span {
  text: string;
  start: number;
  end: number;
}

export type SpeakerKind =
  | "person"
  | "organization"
  | "media"
  | "government"
  | "group"
  | "unnamed"
  | "unresolved";

export type Stance = "asserts" | "denies" | "confirms";

export interface Speaker extends Span {
  /** Canonical name ("Dmitry Peskov"), or the description for unnamed sources ("a senior US official"). */
  name: string | null;
  /** Role or title ("Kremlin spokesman" → "spokesman"), null where unknown. */
  role: string | null;
  /** Organisation ("Kremlin", "Russian Foreign Ministry"), null where unknown. */
  org: string | null;
  kind: SpeakerKind;
  /** Side from the gazetteer in config/entities.yaml ("Russia", "US", "Ukraine", …), null when unknown. */
  side: string | null;
}

export interface Claim {
  /** Who claims it; null when the text names no source at all. */
  speaker: Speaker | null;
  /** The attribution cue: "said", "told reporters", "according to". */
  cue: Span;
  /** What is claimed. */
  content: Span;
  /** True for a quotation, false for reported speech. */
  direct: boolean;
  stance: Stance;
  /** True when the content itself is negated. */
  negated: boolean;
  /**
   * How likely the claim is right, speaker, content and stance together (0–1). Always set by
   * `extractClaims`; absent only on claims stored before it existed. Briefings show a claim only
   * at or above `shownConfidence` (src/claims/confidence-threshold.ts).
   */
  confidence?: number;
  /**
   * True when the attribution is a question ("asked whether …", "“Is there a plan?” she asked"):
   * its content is asked, not claimed, so no briefing shows it as a statement. Always set by
   * `extractClaims`; absent on claims stored before it existed.
   */
  question?: boolean;
}

/** One line of `newsbrief extract` output. */
export interface ExtractResult {
  id: string;
  claims: Claim[];
}
