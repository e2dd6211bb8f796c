import type { Range } from "./analyze-text.js";
import type { CueClass } from "./cue-lexicon.js";

/** A claim as token ranges, before speakers are parsed and resolved. */
export interface RawClaim {
  /** The speaker phrase, or null when the speaker is inherited (see `speakerFrom`). */
  speaker: Range | null;
  /** Index of an earlier raw claim whose speaker this one shares ("…, adding …", a follow-on quote). */
  speakerFrom: number | null;
  /** The cue tokens ("said", "told reporters", "according to"). */
  cue: Range;
  /** The content tokens. */
  content: Range;
  /** What the cue does to the stance. */
  cueClass: CueClass;
  /** The cue's base form: a verb lemma ("say"), or the pattern ("according", "colon", "epigraph", "frame"). */
  lemma: string;
  /** Sentence index the cue sits in. */
  sentence: number;
  /** True for a claim that continues the previous speaker without a cue of its own (a follow-on quote). */
  followOn?: boolean;
  /** True when the source is a record, not a speaker ("the letter says", "the data showed"). */
  document?: boolean;
  /** A view or topic cue ("supports", "discussed") that is no claim of its own inside another's content. */
  weak?: boolean;
  /** True when the content lost its subject to a relative clause ("which officials said will start"). */
  relative?: boolean;
}
