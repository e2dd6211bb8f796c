import type { Analysis } from "../analyze-text.js";
import { type CueEntry, coreCues, cueLexicon } from "../cue-lexicon.js";
import type { SpeakerBefore } from "../speaker/find-speaker-before.js";
import { determiners, functionWords, wordSet } from "../word-lists.js";

const MODALS = wordSet("will would could might may can shall 'll 'd");
/** Words before a pronoun subject that leave it a main-clause subject ("and he said", "last week she said"). */
const RELATIVE_HOSTS_EXEMPT = wordSet(`
  and but or nor that because when whenever as so while if although though since then yet after before where
  once until unless whether now later earlier again also still today yesterday tonight recently week month
  year night morning afternoon evening weekend time ago here there instead too well`);

const QUANTIFIERS = wordSet("many few some several all most both");
/** Nouns for something issued that can itself say things ("a statement calling …"). */
export const STATEMENT_NOUNS = wordSet(
  "statement letter report tweet post resolution memo video ad release message email op-ed column",
);
const PREPOSITIONS = wordSet("to of in by from with on for about at after before amid despite");
const NOUNLIKE =
  /^(?:reports|claims|calls|states|notes|remarks|posts|shows|finds|estimates|demands|promises|pledges|vows|tweets|statements|warnings|comments|answers|replies|responses|questions|attacks|offers|plans|talks)$/;
const NOUNLIKE_BASE =
  /^(?:note|report|claim|call|statement|post|tweet|remark|estimate|promise|pledge|warning|comment|reply|response|demand|proposal)s?$/;

/** Readings of a cue word that attribute nothing ("has not said", "taxpayers reporting gains", "His tweet"). */
export function isNotAClaim(
  analysis: Analysis,
  cueIndex: number,
  entry: CueEntry,
  before: SpeakerBefore,
): boolean {
  const { lower } = analysis.tokens;
  const cue = lower[cueIndex] ?? "";
  if (before.negated) return true;
  // "is expected to", "was considered": a passive without its agent names no holder of the view.
  if (
    entry.participle === false &&
    /ed$|^(?:sought|seen|known|felt|spoken)$/.test(cue) &&
    isBeForm(lower[cueIndex - 1] ?? "") &&
    lower[cueIndex + 1] !== "by"
  )
    return true;
  // "will announce plans Friday": a future or hypothetical act is not yet a claim.
  if (entry.lemma !== "say" && before.auxiliaries.some((word) => MODALS.has(word))) return true;
  if (!before.range) return false;
  // "taxpayers reporting gains": an -ing form right after a noun modifies it; "is saying" does not.
  // Speech participles after a noun do attribute: "footage of Trump saying …", "a letter saying …".
  // "issued a statement calling the test a violation": a statement's participle attributes too.
  const plainParticiple =
    entry.participle && !coreCues.has(entry.lemma) && !STATEMENT_NOUNS.has(lower[cueIndex - 1] ?? "");
  const absolute = lower[before.range.first - 1] === "with";
  if (plainParticiple && before.range.last === cueIndex && !isBeForm(lower[cueIndex - 1] ?? "") && !absolute)
    return true;
  // "what he called …" is a free relative; "whether X has supported …" asks, it does not claim.
  const opener = lower[before.range.first - 1] ?? "";
  // "everything else you say", "the things they claim": a pronoun right after a noun opens an
  // object relative clause, whose cue attributes nothing of its own.
  if (
    before.range.last - before.range.first === 1 &&
    /^(?:he|she|they|we|i|you)$/.test(lower[before.range.first] ?? "") &&
    /^[a-z]+$/.test(lower[before.range.first - 1] ?? "") &&
    !RELATIVE_HOSTS_EXEMPT.has(lower[before.range.first - 1] ?? "") &&
    !(lower[before.range.first - 1] ?? "").endsWith("ly") &&
    isNounLike(lower[before.range.first - 1] ?? "")
  )
    return true;
  // "many questions remain", "many calls roll over": a noun plural after a quantifier.
  if (
    NOUNLIKE.test(cue) &&
    before.range.last - before.range.first === 1 &&
    QUANTIFIERS.has(lower[cueIndex - 1] ?? "")
  )
    return true;
  // "people accused of rape": a past participle after its noun is a reduced passive.
  if (
    cue.endsWith("ed") &&
    before.range.last === cueIndex &&
    /^(?:of|by|with)$/.test(lower[cueIndex + 1] ?? "")
  )
    return true;
  // "His tweet included …": a bare form after a determiner is a noun.
  if (cue === entry.lemma && before.range.last === cueIndex && determiners.has(lower[cueIndex - 1] ?? ""))
    return true;
  // "a group called Citizens for Unity", "a website called": a thing being named, not a speaker.
  // "The group called the ruling unfair" does speak: only a new thing, with "a", is being named.
  if (
    cue === "called" &&
    before.range.last === cueIndex &&
    NAMED_THINGS.has(lower[cueIndex - 1] ?? "") &&
    /^(?:a|an|another)$/.test(lower[before.range.first] ?? "")
  )
    return true;
  // "What does Moscow say?": a question about a claim is not one.
  if (/^(?:do|does|did)$/.test(opener)) return true;
  if (opener === "whether" || opener === "if") return true;
  if ((opener === "which" || opener === "what") && entry.lemma === "call") return true;
  // "what we know", "what they want": a free relative names a view without stating it.
  if (opener === "what" && entry.cueClass === "cognitive") return true;
  // "Editor's note", "the AP's report": a possessive subject means the cue word is a noun.
  if ((lower[before.range.last - 1] ?? "").endsWith("'s") && NOUNLIKE_BASE.test(cue)) return true;
  // "according to media reports": a noun reading inside a prepositional phrase is no cue.
  // "media reports of a draft": a cue noun with its "of" complement.
  if (NOUNLIKE.test(cue) && lower[cueIndex + 1] === "of") return true;
  return NOUNLIKE.test(cue) && PREPOSITIONS.has(lower[before.range.first - 1] ?? "");
}

/** Things that are given names ("a group called …"), never the speaker of "called". */
const NAMED_THINGS = wordSet(`
  group groups company companies firm firms website site blog app program programme project party event
  book film movie show series documentary collection organization organisation movement coalition
  committee fund pac network newsletter campaign initiative plan bill law procedure policy tactic move
  technique town village place area region street club band game product brand account page`);

/** "is", "was", "'s": a form of "be" (passives and progressives). */
export function isBeForm(word: string): boolean {
  return /^(?:is|are|was|were|be|been|am|'s|'re)$/.test(word);
}

/** A plain noun or quantifier ("everything else", "things", "the word"), not a verb or function word. */
function isNounLike(word: string): boolean {
  if (cueLexicon.has(word) || functionWords.has(word) || /(?:ed|ing)$/.test(word)) return false;
  return /(?:s|thing|else|one|way|what)$/.test(word) || word.length > 3;
}
