import type { Speaker, SpeakerKind } from "./claim.js";
import type { Gazetteer, GazetteerEntry } from "./gazetteer.js";
import { pronouns, sourceNouns, titleWords } from "./word-lists.js";

/** A speaker as parsed from its phrase, before resolution across the article. */
export interface ParsedSpeaker extends Speaker {
  /** Gender known from the gazetteer or the role word, for pronoun resolution. */
  gender: "m" | "f" | null;
  /** True when the phrase is a pronoun ("he", "they") still to be resolved. */
  pronoun: boolean;
  /** True for plural phrases ("officials", "two people familiar …"). */
  plural: boolean;
}

/** Words that head a role ("spokesman" in "Kremlin spokesman Dmitry Peskov"). */
const ROLE_HEADS = new Set([
  "president", "minister", "secretary", "spokesman", "spokeswoman", "spokesperson", "adviser", "advisor", "aide",
  "envoy", "ambassador", "chancellor", "senator", "sen", "rep", "gov", "governor", "general", "gen", "chief",
  "head", "director", "chairman", "chairwoman", "commander", "negotiator", "leader", "official", "manager",
  "representative", "lawmaker", "premier", "mayor", "deputy", "counsel", "outlet", "correspondent", "editor",
]);
const ROLE_MODIFIERS = new Set([
  "vice", "prime", "foreign", "defense", "defence", "interior", "deputy", "special", "senior", "press", "national",
  "security", "former", "top", "chief", "acting", "presidential", "campaign", "communications", "policy", "media",
  "economic", "lead", "foreign-policy", "news", "army", "military", "intelligence",
]);
const ORG_WORDS = /\b(?:ministry|department|office|embassy|agency|house|council|committee|government|administration|kremlin|party|campaign|pentagon|army|commission|parliament|union|fund|service|court|bank|company|corporation|group|institute|center|centre|university|foundation|network|staff|duma|rada|senate|congress)\b/i;
const MEDIA_WORDS = /\b(?:media|newspaper|outlet|news|times|post|journal|tribune|agency|television|tv|radio|magazine|reports?|broadcaster|daily|herald|gazette|press|wire|channel)\b/i;
const GOVERNMENT_WORDS = /\b(?:ministry|department|embassy|kremlin|white house|government|administration|pentagon|authorities|presidential office|cabinet)\b/i;
const UNNAMED_START = /^(?:a|an|one|two|three|four|five|six|several|some|\d+)\b|^(?:sources?|officials?|people)\b/i;
const UNNAMED_HEAD = /\b(?:sources?|officials?|people|person|diplomats?|insiders?|aides?|advisers?|advisors?|lawmakers?|negotiators?|analysts?|experts?)\b/i;
const FEMALE = /\b(?:spokeswoman|chairwoman|congresswoman|businesswoman|mrs|ms|madam|queen|she)\b/i;
const MALE = /\b(?:spokesman|chairman|congressman|businessman|mr|king|he)\b/i;
const PLURAL_PRONOUNS = new Set(["they", "we"]);

/** Split a speaker phrase into name / role / org / kind / side, using the gazetteer where it knows the name. */
export function parseSpeaker(
  span: { text: string; start: number; end: number },
  gazetteer: Gazetteer,
): ParsedSpeaker {
  const phrase = span.text.replace(/\s+/g, " ").trim();
  const lowerPhrase = phrase.toLowerCase();
  const base = { text: span.text, start: span.start, end: span.end };
  if (pronouns.has(lowerPhrase)) {
    return {
      ...base,
      name: null,
      role: null,
      org: null,
      kind: "unresolved",
      side: null,
      gender: lowerPhrase === "he" ? "m" : lowerPhrase === "she" ? "f" : null,
      pronoun: true,
      plural: PLURAL_PRONOUNS.has(lowerPhrase),
    };
  }
  if (phrase.includes(", ")) return parseAppositive(base, phrase, gazetteer);
  const words = phrase.split(" ");
  const whole = gazetteer.lookup(phrase);
  if (whole) return fromEntry(base, whole, null, null, gazetteer);
  const bare = phrase.replace(/^(?:the|a|an)\s+/i, "");
  const bareWords = bare.split(" ");
  if (UNNAMED_START.test(phrase) && UNNAMED_HEAD.test(phrase) && !hasName(bareWords)) {
    const plural = !/^(?:a|an|one)\b/i.test(phrase) && /s\b/.test(bareWords[bareWords.length - 1] ?? "");
    return finish(base, { name: phrase, role: null, org: null, kind: "unnamed", plural }, words, gazetteer);
  }
  const nameStart = trailingNameStart(bareWords);
  if (nameStart < bareWords.length) {
    const name = bareWords.slice(nameStart).join(" ");
    const entry = gazetteer.lookup(name) ?? gazetteer.lookup(bareWords[bareWords.length - 1] ?? "");
    const prefix = bareWords.slice(0, nameStart);
    const { role, org } = splitRoleOrg(prefix);
    if (entry) return fromEntry(base, entry, role, org, gazetteer);
    if (!ORG_WORDS.test(name) && !MEDIA_WORDS.test(name) && !/^the\b/i.test(phrase)) {
      return finish(base, { name, role, org, kind: "person", plural: false }, words, gazetteer);
    }
  }
  const kind = classifyOrganisation(bare);
  const plural = kind === "group" || /s$/.test(bareWords[bareWords.length - 1] ?? "");
  const entryInside = findEntryInside(bareWords, gazetteer);
  if (kind === "media" && entryInside && entryInside.kind === "media") {
    const { role } = splitRoleOrg(bareWords.filter((w) => !entryInside.aliases.includes(w) && w !== entryInside.name));
    return fromEntry(base, entryInside, role, null, gazetteer);
  }
  const { role, org } = kind === "person" ? splitRoleOrg(bareWords) : { role: null, org: null };
  return finish(base, { name: kind === "person" ? null : bare, role, org, kind, plural }, words, gazetteer);
}

const DESCRIPTION = /^(?:(?:a|an|the|his|her|its|their)\s+)?(.+?)(?:\s+(?:for|of|at|to|with)\s+(?:the\s+)?(.+))?$/i;

/** "Olena Marchenko, a spokeswoman for the city council": name from one part, role and org from the other. */
function parseAppositive(base: { text: string; start: number; end: number }, phrase: string, gazetteer: Gazetteer): ParsedSpeaker {
  const [left = "", right = ""] = phrase.split(/,\s*/);
  const leftParsed = parseSpeaker({ text: left, start: base.start, end: base.start + left.length }, gazetteer);
  const rightParsed = parseSpeaker({ text: right, start: base.start, end: base.end }, gazetteer);
  const [person, description, descriptionText] =
    leftParsed.kind === "person" && leftParsed.name ? [leftParsed, rightParsed, right] : [rightParsed, leftParsed, left];
  const match = DESCRIPTION.exec(descriptionText.trim());
  const role = person.role ?? (match?.[1] ?? null);
  const org = person.org ?? (match?.[2] ?? description.org);
  return { ...person, ...base, role, org, side: person.side ?? description.side };
}

function finish(
  base: { text: string; start: number; end: number },
  parts: { name: string | null; role: string | null; org: string | null; kind: SpeakerKind; plural: boolean },
  words: string[],
  gazetteer: Gazetteer,
): ParsedSpeaker {
  const text = base.text;
  return {
    ...base,
    name: parts.name,
    role: parts.role,
    org: parts.org,
    kind: parts.kind,
    side: sideFromWords(words, gazetteer),
    gender: FEMALE.test(text) ? "f" : MALE.test(text) ? "m" : null,
    pronoun: false,
    plural: parts.plural,
  };
}

function fromEntry(
  base: { text: string; start: number; end: number },
  entry: GazetteerEntry,
  role: string | null,
  org: string | null,
  _gazetteer: Gazetteer,
): ParsedSpeaker {
  return {
    ...base,
    name: entry.name,
    role: role ?? entry.role,
    org: org ?? entry.org,
    kind: entry.kind,
    // The gazetteer is authoritative: a neutral outlet stays neutral whatever words surround it.
    side: entry.side,
    gender: entry.gender,
    pronoun: false,
    plural: entry.kind === "group",
  };
}

function hasName(words: string[]): boolean {
  return trailingNameStart(words) < words.length && !ORG_WORDS.test(words.join(" "));
}

/** Index where the trailing run of capitalised, non-title words (the personal name) begins. */
function trailingNameStart(words: string[]): number {
  let start = words.length;
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i] ?? "";
    const lower = word.toLowerCase().replace(/[.,]$/, "");
    if (!/^\p{Lu}/u.test(word) || titleWords.has(lower) || sourceNouns.has(lower) || /['’]s$/.test(word)) break;
    start = i;
  }
  return start;
}

/** "US Secretary of State" → role "Secretary of State", org "US"; "Kremlin spokesman" → "spokesman", "Kremlin". */
function splitRoleOrg(prefix: string[]): { role: string | null; org: string | null } {
  let head = -1;
  for (let i = prefix.length - 1; i >= 0; i--) {
    if (ROLE_HEADS.has((prefix[i] ?? "").toLowerCase())) {
      head = i;
      break;
    }
  }
  if (head < 0) return { role: null, org: prefix.length > 0 ? prefix.join(" ").replace(/['’]s$/, "") : null };
  let roleStart = head;
  for (let i = head - 1; i >= 0; i--) {
    const word = (prefix[i] ?? "").toLowerCase();
    if (!ROLE_MODIFIERS.has(word) && !ROLE_HEADS.has(word)) break;
    if ((word === "foreign" || word === "interior" || word === "defense") && !/^(?:minister|secretary)$/i.test(prefix[i + 1] ?? "")) break;
    roleStart = i;
  }
  // "Secretary of State": an "of" phrase right after the role head belongs to the role.
  const role = prefix.slice(roleStart).join(" ");
  const org = prefix.slice(0, roleStart).join(" ").replace(/['’]s$/, "");
  return { role, org: org === "" ? null : org };
}

function classifyOrganisation(phrase: string): SpeakerKind {
  const last = phrase.split(" ").pop() ?? "";
  if (ROLE_HEADS.has(last.toLowerCase())) return "person";
  if (GOVERNMENT_WORDS.test(phrase)) return "government";
  if (MEDIA_WORDS.test(phrase)) return "media";
  if (ORG_WORDS.test(phrase)) return "organization";
  if (/^\p{Lu}/u.test(last)) return /s$/.test(last) && !/ss$/.test(last) ? "group" : "organization";
  return /s$/.test(last) ? "group" : "organization";
}

function findEntryInside(words: string[], gazetteer: Gazetteer): GazetteerEntry | undefined {
  for (let size = Math.min(4, words.length); size >= 1; size--) {
    for (let i = words.length - size; i >= 0; i--) {
      const entry = gazetteer.lookup(words.slice(i, i + size).join(" "));
      if (entry) return entry;
    }
  }
  return undefined;
}

/** Side revealed by any word or two-word phrase of the speaker ("Russian Foreign Ministry" → Russia). */
function sideFromWords(words: string[], gazetteer: Gazetteer): string | null {
  for (let i = 0; i < words.length; i++) {
    const word = (words[i] ?? "").replace(/[.,]$/, "");
    const pair = i + 1 < words.length ? `${word} ${words[i + 1]}` : "";
    const side = (pair && gazetteer.sideOf(pair)) || gazetteer.sideOf(word) || gazetteer.lookup(word)?.side;
    if (side) return side;
  }
  return null;
}
