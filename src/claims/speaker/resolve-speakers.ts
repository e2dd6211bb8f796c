import { type Analysis, type Range, rangeSpan } from "../analyze-text.js";
import type { Speaker } from "../claim.js";
import type { Gazetteer } from "../gazetteer.js";
import { functionWords, wordSet } from "../word-lists.js";
import { antecedents, type SpokenAt, sentenceOf } from "./antecedents.js";
import { chooseOwner } from "./choose-owner.js";
import { definiteDescription, describedAntecedent } from "./describe-antecedent.js";
import { findMentions, type Mention as NamedMention } from "./find-mentions.js";
import { type ParsedSpeaker, parseSpeaker } from "./parse-speaker.js";
import { isSpeakerHead, phraseEndingAt } from "./speaker-phrase.js";

/** A speaker seen so far in the article, with where it was mentioned. */
interface Mention {
  /** Parsed lazily for gazetteer mentions: most are never needed. */
  speaker: ParsedSpeaker | null;
  position: number;
  /** Token index of a gazetteer mention. */
  token: number;
}

/**
 * Resolves speakers within one article: a pronoun takes the nearest earlier compatible speaker
 * (gender and number must not clash) and keeps its own span; "Peskov", "Dmitry Peskov" and
 * "the Kremlin spokesman" share one canonical name.
 */
export class SpeakerResolver {
  /** People from the gazetteer named anywhere in the text, in text order. */
  private readonly known: Mention[] = [];
  /** Speakers of claims, in the order they were resolved (text order). */
  private readonly spoken: Mention[] = [];
  /** The same with their token, for pronoun antecedents. */
  private readonly spokenAt: SpokenAt[] = [];
  /** Named mentions of the article, found when the first pronoun needs them. */
  private named: NamedMention[] | null = null;

  constructor(
    private readonly analysis: Analysis,
    private readonly gazetteer: Gazetteer,
  ) {
    this.collectKnownNames();
  }

  /** Parse and resolve the speaker phrase at `range`. */
  resolve(range: Range): ParsedSpeaker {
    const span = rangeSpan(this.analysis, range);
    const parsed = parseSpeaker(span, this.gazetteer);
    if (parsed.pronoun) return this.resolvePronoun(parsed, range);
    const described = this.resolveDescription(parsed, range);
    if (described) {
      this.remember(described, span.start, range.first);
      return described;
    }
    const owned = this.resolveOwned(parsed);
    if (owned) {
      this.remember(owned, span.start, range.first);
      return owned;
    }
    const canonical = this.canonical(parsed);
    this.remember(canonical, span.start, range.first);
    return canonical;
  }

  private resolvePronoun(pronoun: ParsedSpeaker, range: Range): ParsedSpeaker {
    const written = pronoun.text.toLowerCase();
    const word = POSSESSIVES[written] ?? written;
    if (word === "who" || word === "which") return this.relativeAntecedent(pronoun, range);
    const near = this.nearAntecedent(word, range.first);
    // Why no reach beyond the window for "he"/"she": the best-known name in the article is no
    // antecedent; unresolved is shown as no named source, a wrong name misleads.
    const found = near ?? (word === "he" || word === "she" ? null : this.findCompatible(word, pronoun.start));
    if (!found) return pronoun;
    if (found.kind === "person" && found.gender === null && pronoun.gender !== null)
      found.gender = pronoun.gender;
    const resolved: ParsedSpeaker = {
      ...found,
      text: pronoun.text,
      start: pronoun.start,
      end: pronoun.end,
      pronoun: true,
    };
    this.remember(resolved, pronoun.start, range.first);
    return resolved;
  }

  /** The best compatible antecedent among nearby mentions and claim speakers (see `antecedents`). */
  private nearAntecedent(word: string, token: number): ParsedSpeaker | null {
    if (word !== "he" && word !== "she" && word !== "it" && word !== "they") return null;
    this.named ??= findMentions(this.analysis, this.gazetteer);
    const gender = word === "he" ? "m" : word === "she" ? "f" : null;
    for (const candidate of antecedents(this.analysis, this.named, this.spokenAt, token)) {
      if (candidate.mention) {
        const mention = candidate.mention;
        const fits =
          word === "they"
            ? mention.kind === "group"
            : word === "it"
              ? mention.kind === "body"
              : mention.kind === "person" && (mention.gender === null || mention.gender === gender);
        if (fits) return this.fromMention(mention);
        continue;
      }
      const speaker = candidate.speaker;
      const body =
        speaker.kind === "organization" || speaker.kind === "government" || speaker.kind === "media";
      const fits =
        word === "they"
          ? speaker.plural || speaker.kind === "group"
          : word === "it"
            ? body && !speaker.plural
            : speaker.kind === "person" &&
              !speaker.plural &&
              (speaker.gender === null || speaker.gender === gender);
      if (fits) return speaker;
    }
    return null;
  }

  /** "the Vermont senator" → the senator named before (see `describedAntecedent`); null otherwise. */
  private resolveDescription(parsed: ParsedSpeaker, range: Range): ParsedSpeaker | null {
    const description = definiteDescription(parsed.text);
    if (!description) return null;
    this.named ??= findMentions(this.analysis, this.gazetteer);
    const { starts, ends } = this.analysis.tokens;
    const found = describedAntecedent(
      description,
      antecedents(this.analysis, this.named, this.spokenAt, range.first),
      sentenceOf(this.analysis, range.first),
      (mention) => this.analysis.text.slice(starts[mention.titleFirst] ?? 0, ends[mention.first] ?? 0),
      (mention) => this.fromMention(mention),
    );
    if (!found) return null;
    const base = { text: parsed.text, start: parsed.start, end: parsed.end, pronoun: false };
    return { ...found, ...base, role: found.role ?? parsed.role };
  }

  /** A named mention as a speaker, merged with what the article said of the same person before. */
  private fromMention(mention: NamedMention): ParsedSpeaker {
    const { starts, ends } = this.analysis.tokens;
    // Keep the title that stood before the name: "Sen. Ron Johnson" gives a role.
    const first = mention.kind === "person" ? mention.titleFirst : mention.first;
    const start = starts[first] ?? 0;
    const text = this.analysis.text.slice(start, ends[mention.last - 1] ?? start).replace(/['’]s$/u, "");
    const parsed = this.canonical(parseSpeaker({ text, start, end: start + text.length }, this.gazetteer));
    const kind = mention.kind === "person" ? "person" : parsed.kind;
    return { ...parsed, kind, gender: parsed.gender ?? mention.gender };
  }

  /**
   * "his office", "her spokesman": the owner is the nearest compatible earlier speaker, and the
   * body is theirs ("Zelensky's office" from the gazetteer when it knows it). Null when the phrase
   * is not of that shape or no owner is found; the side is the owner's, never guessed.
   */
  private resolveOwned(parsed: ParsedSpeaker): ParsedSpeaker | null {
    const match = OWNED.exec(parsed.text);
    if (!match?.[1] || !match[2]) return null;
    const owner = this.findOwner(POSSESSIVES[match[1].toLowerCase()] ?? "", parsed.start);
    if (!owner?.name) return null;
    const noun = match[2].toLowerCase();
    const known = this.gazetteer.lookup(`${lastWord(owner.name)}'s ${noun}`);
    const base = { text: parsed.text, start: parsed.start, end: parsed.end, pronoun: false };
    if (known)
      return {
        ...parsed,
        ...base,
        name: known.name,
        role: known.role,
        org: known.org,
        kind: known.kind,
        side: known.side,
      };
    const person = !BODY_NOUNS.has(noun);
    return {
      ...parsed,
      ...base,
      name: person ? null : `${owner.name}'s ${noun}`,
      role: person ? noun : null,
      org: owner.kind === "person" ? owner.name : (owner.org ?? owner.name),
      kind: person
        ? "person"
        : owner.kind === "government" || owner.side !== null
          ? "government"
          : "organization",
      side: owner.side,
    };
  }

  /** "his"/"her": every distinct compatible earlier person is a candidate; others as pronouns. */
  private findOwner(word: string, before: number): ParsedSpeaker | null {
    if (word !== "he" && word !== "she") return this.findCompatible(word, before);
    const gender = word === "he" ? "m" : "f";
    const candidates: ParsedSpeaker[] = [];
    const names = new Set<string>();
    for (const speaker of this.earlier(before)) {
      if (speaker.kind !== "person" || !speaker.name || speaker.pronoun) continue;
      if (speaker.gender !== null && speaker.gender !== gender) continue;
      const key = lastWord(speaker.name);
      if (names.has(key)) continue;
      names.add(key);
      candidates.push(speaker);
      if (candidates.length >= MAX_OWNERS) break;
    }
    return chooseOwner(this.analysis, candidates, before);
  }

  /** Earlier mentions, nearest first; bounded so a huge text stays linear. */
  private *earlier(before: number): Generator<ParsedSpeaker> {
    let i = upperBound(this.known, before) - 1;
    let j = this.spoken.length - 1;
    while (j >= 0 && (this.spoken[j]?.position ?? 0) >= before) j--;
    for (let steps = 0; steps < MAX_LOOKBACK && (i >= 0 || j >= 0); steps++) {
      const a = this.known[i];
      const b = this.spoken[j];
      if (b && (!a || b.position >= a.position)) {
        j--;
        if (b.speaker) yield b.speaker;
      } else if (a) {
        i--;
        yield this.knownSpeaker(a);
      }
    }
  }

  private findCompatible(word: string, before: number): ParsedSpeaker | null {
    for (const speaker of this.earlier(before)) {
      if (word === "he" || word === "she") {
        if (speaker.kind !== "person") continue;
        const gender = word === "he" ? "m" : "f";
        if (speaker.gender !== null && speaker.gender !== gender) continue;
        return speaker;
      }
      if (word === "it") {
        if (
          speaker.plural ||
          (speaker.kind !== "organization" && speaker.kind !== "government" && speaker.kind !== "media")
        )
          continue;
        return speaker;
      }
      if (word === "they") {
        if (speaker.kind === "person") return null;
        if (speaker.plural || speaker.kind === "group") return speaker;
        continue;
      }
      return null;
    }
    return null;
  }

  private relativeAntecedent(pronoun: ParsedSpeaker, range: Range): ParsedSpeaker {
    // "said Ann Lee, a professor at X, who likened …": the speaker phrase holding the clause.
    const holder = this.spoken.at(-1)?.speaker;
    const adjacent = (holder: ParsedSpeaker): boolean =>
      holder.end >= pronoun.end || /^\s*,\s*$/.test(this.analysis.text.slice(holder.end, pronoun.start));
    if (holder && !holder.pronoun && holder.start < pronoun.start && adjacent(holder))
      return { ...holder, text: pronoun.text, start: pronoun.start, end: pronoun.end, pronoun: true };
    const comma = range.first - 1;
    // "bankers who concluded …", "an impersonator who promises …": a restrictive clause's head.
    const restrictive = this.analysis.tokens.lower[comma] !== ",";
    const head = restrictive ? range.first - 1 : comma - 1;
    const word = this.analysis.tokens.lower[head] ?? "";
    // A restrictive head is any noun ("impersonator", "hacker"), not only a speaker noun.
    const noun =
      restrictive && /^[a-z][a-z-]{2,}$/.test(word) && !functionWords.has(word) && !/(?:ly|ed)$/.test(word);
    if ((!noun && !isSpeakerHead(this.analysis, head)) || word === "who") return pronoun;
    const antecedent = phraseEndingAt(this.analysis, head, Math.max(0, head - 11));
    const parsed = this.canonical(parseSpeaker(rangeSpan(this.analysis, antecedent), this.gazetteer));
    if (parsed.pronoun) return pronoun;
    return { ...parsed, text: pronoun.text, start: pronoun.start, end: pronoun.end, pronoun: true };
  }

  private canonical(parsed: ParsedSpeaker): ParsedSpeaker {
    if (parsed.kind !== "person") return this.canonicalBody(parsed);
    for (const earlier of this.earlier(parsed.start)) {
      if (earlier.kind !== "person" || !earlier.name) continue;
      if (parsed.name && !parsed.name.includes(" ") && lastWord(earlier.name) === parsed.name) {
        return {
          ...parsed,
          name: earlier.name,
          role: parsed.role ?? earlier.role,
          org: parsed.org ?? earlier.org,
          side: parsed.side ?? earlier.side,
          gender: parsed.gender ?? earlier.gender,
        };
      }
      if (!parsed.name && parsed.role && earlier.role?.toLowerCase() === parsed.role.toLowerCase()) {
        if (parsed.org && earlier.org && parsed.org !== earlier.org) continue;
        return {
          ...parsed,
          name: earlier.name,
          org: parsed.org ?? earlier.org,
          side: parsed.side ?? earlier.side,
          gender: earlier.gender,
        };
      }
    }
    return parsed;
  }

  /** "the ministry said" after "Ukraine's Interior Ministry said": the same body, by its head noun. */
  private canonicalBody(parsed: ParsedSpeaker): ParsedSpeaker {
    const bare = (parsed.name ?? "").toLowerCase();
    if (!BODY_NOUNS.has(bare)) return parsed;
    for (const earlier of this.earlier(parsed.start)) {
      if (earlier.kind === "person" || earlier.pronoun || !earlier.name) continue;
      if (!earlier.name.toLowerCase().includes(bare)) continue;
      return { ...earlier, text: parsed.text, start: parsed.start, end: parsed.end, pronoun: false };
    }
    return parsed;
  }

  private remember(speaker: ParsedSpeaker, position: number, token: number): void {
    this.spoken.push({ speaker, position, token: -1 });
    this.spokenAt.push({ speaker, token });
  }

  private knownSpeaker(mention: Mention): ParsedSpeaker {
    if (mention.speaker) return mention.speaker;
    const { words, starts, ends } = this.analysis.tokens;
    const span = {
      text: words[mention.token] ?? "",
      start: starts[mention.token] ?? 0,
      end: ends[mention.token] ?? 0,
    };
    mention.speaker = parseSpeaker(span, this.gazetteer);
    return mention.speaker;
  }

  /** Known people named anywhere in the text are antecedents too ("Putin met Trump. He said …"). */
  private collectKnownNames(): void {
    const { cap, words, starts } = this.analysis.tokens;
    for (let i = 0; i < words.length; i++) {
      if (!cap[i] || (words[i]?.length ?? 0) < 3) continue;
      const entry = this.gazetteer.lookup(words[i] ?? "");
      if (entry?.kind !== "person") continue;
      this.known.push({ speaker: null, position: starts[i] ?? 0, token: i });
    }
  }
}

const MAX_LOOKBACK = 60;
const MAX_OWNERS = 6;
const BODY_NOUNS = wordSet(
  "ministry embassy agency department office campaign company committee council government administration military army police commission",
);
const OWNED =
  /^(his|her|their|its)\s+(office|ministry|government|administration|campaign|team|spokesman|spokeswoman|spokesperson|aides?|advisers?|lawyers?)$/i;
const POSSESSIVES: Record<string, string> = { his: "he", her: "she", their: "they", its: "it" };

function upperBound(mentions: Mention[], position: number): number {
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((mentions[mid]?.position ?? 0) < position) low = mid + 1;
    else high = mid;
  }
  return low;
}

function lastWord(name: string): string {
  return name.slice(name.lastIndexOf(" ") + 1);
}

/** The contract's speaker value: drops the resolver's working fields. */
export function toSpeaker(parsed: ParsedSpeaker): Speaker {
  return {
    text: parsed.text,
    start: parsed.start,
    end: parsed.end,
    name: parsed.name,
    role: parsed.role,
    org: parsed.org,
    kind: parsed.kind,
    side: parsed.side,
  };
}
