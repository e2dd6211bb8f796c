import { sideTitle } from "../../briefing/describe-speaker.js";
import type { Speaker } from "../../claims/claim.js";
import type { Gazetteer, GazetteerEntry } from "../../claims/gazetteer.js";
import type { SpeakerSummary } from "../../store/speaker-queries.js";
import { mergeSpeakerKeys } from "../../stories/merge-speaker-keys.js";
import { speakerKey } from "../../stories/speaker-key.js";
import { foldName } from "./fold-name.js";
import type { FuzzyEntry, KnownSide, KnownSpeaker, SpeakerDirectory } from "./speaker-directory.js";

/**
 * Join the gazetteer's speakers with the speaker keys the store has claims for. A stored key
 * belongs to a gazetteer speaker when it is one of the keys of its name or aliases, or merges into
 * one (a surname alone, see `mergeSpeakerKeys`); other keys are speakers only the store knows.
 */
export function buildDirectory(gazetteer: Gazetteer, summaries: readonly SpeakerSummary[]): SpeakerDirectory {
  const byKey = new Map<string, KnownSpeaker>();
  const fromGazetteer = gazetteer.entries.map((entry) => gazetteerSpeaker(entry, byKey));
  const heardOnly: KnownSpeaker[] = [];
  const merged = mergeSpeakerKeys([...byKey.keys(), ...summaries.map((summary) => summary.speakerKey)]);
  // Full names before surnames, so a surname key finds the person its full name already made.
  const ordered = [...summaries].sort((a, b) => wordCount(b.speakerKey) - wordCount(a.speakerKey));
  for (const summary of ordered) {
    const canonical = merged.get(summary.speakerKey) ?? summary.speakerKey;
    let owner = byKey.get(summary.speakerKey) ?? byKey.get(canonical);
    if (owner === undefined) {
      owner = storeSpeaker(summary);
      heardOnly.push(owner);
      byKey.set(canonical, owner);
    }
    byKey.set(summary.speakerKey, owner);
    if (!owner.keys.includes(summary.speakerKey)) owner.keys.push(summary.speakerKey);
    owner.claims += summary.claims;
    if (owner.latest === null || summary.latest > owner.latest) owner.latest = summary.latest;
  }
  const all = [...fromGazetteer, ...heardOnly];
  const heard = all
    .filter((speaker) => speaker.latest !== null)
    .sort((a, b) =>
      (a.latest ?? "") < (b.latest ?? "")
        ? 1
        : (a.latest ?? "") > (b.latest ?? "")
          ? -1
          : b.claims - a.claims,
    );
  const speakers = [...heard, ...all.filter((speaker) => speaker.latest === null)];
  return {
    speakers,
    fuzzy: fuzzyIndex(speakers),
    sides: sidesOf(gazetteer, summaries),
    sideWord: (typed) => gazetteer.sideOf(typed),
  };
}

function gazetteerSpeaker(entry: GazetteerEntry, byKey: Map<string, KnownSpeaker>): KnownSpeaker {
  const speaker: KnownSpeaker = {
    name: entry.name,
    kind: entry.kind,
    role: entry.role,
    org: entry.org,
    side: entry.side,
    keys: [],
    terms: [],
    claims: 0,
    latest: null,
  };
  for (const name of [entry.name, ...entry.aliases]) {
    const key = speakerKey(asSpeaker(name, entry.kind));
    // An alias two entries share ("Moscow") stays with the first, as in the gazetteer's lookup.
    if (key !== null && !byKey.has(key)) {
      byKey.set(key, speaker);
      speaker.keys.push(key);
    }
    addTerm(speaker, foldName(name));
  }
  if (entry.kind === "person") addTerm(speaker, foldName(entry.name).split(" ").at(-1) ?? "");
  return speaker;
}

function storeSpeaker(summary: SpeakerSummary): KnownSpeaker {
  const isOrganisation = summary.speakerKey.startsWith("org:");
  const speaker: KnownSpeaker = {
    name: summary.name,
    kind: isOrganisation ? "organization" : "person",
    role: null,
    org: null,
    side: summary.side,
    keys: [],
    terms: [],
    claims: 0,
    latest: null,
  };
  addTerm(speaker, foldName(summary.name));
  addTerm(speaker, foldName(summary.speakerKey.replace(/^org:/u, "")));
  if (!isOrganisation) addTerm(speaker, foldName(summary.name).split(" ").at(-1) ?? "");
  return speaker;
}

function sidesOf(gazetteer: Gazetteer, summaries: readonly SpeakerSummary[]): KnownSide[] {
  const labels = new Set<string>();
  for (const entry of gazetteer.entries) if (entry.side !== null) labels.add(entry.side);
  for (const summary of summaries) if (summary.side !== null) labels.add(summary.side);
  return [...labels].map((label) => ({
    label,
    title: sideTitle(label),
    terms: [...new Set([foldName(label), foldName(sideTitle(label))])],
  }));
}

function fuzzyIndex(speakers: readonly KnownSpeaker[]): Map<string, FuzzyEntry[]> {
  const index = new Map<string, FuzzyEntry[]>();
  const add = (term: string, speaker: KnownSpeaker) => {
    const bucket = index.get(term.charAt(0));
    if (bucket === undefined) index.set(term.charAt(0), [{ term, speaker }]);
    else if (!bucket.some((entry) => entry.term === term && entry.speaker === speaker))
      bucket.push({ term, speaker });
  };
  for (const speaker of speakers) {
    for (const term of speaker.terms) {
      add(term, speaker);
      for (const word of term.split(" ")) if (word.length >= 3 && word !== term) add(word, speaker);
    }
  }
  return index;
}

function asSpeaker(name: string, kind: GazetteerEntry["kind"]): Speaker {
  return { text: name, start: 0, end: name.length, name, role: null, org: null, kind, side: null };
}

function addTerm(speaker: KnownSpeaker, term: string): void {
  if (term.length >= 2 && !speaker.terms.includes(term)) speaker.terms.push(term);
}

function wordCount(key: string): number {
  return key.split(" ").length;
}
