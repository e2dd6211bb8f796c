import type { Speaker, SpeakerKind } from "../claim.js";
import type { Gazetteer, GazetteerEntry } from "../gazetteer.js";
import { pronouns, sourceNouns, titleWords } from "../word-lists.js";
import { findEntryInside, roleHeads, sideFromWords, splitRoleOrg } from "./split-role-org.js";

/** A speaker as parsed from its phrase, before resolution across the article. */
export interface ParsedSpeaker extends Speaker {
  /** Gender known from the gazetteer or the role word, for pronoun resolution. */
  gender: "m" | "f" | null;
  /** True when the phrase is a pronoun ("he", "they") still to be resolved. */
  pronoun: boolean;
  /** True for plural phrases ("officials", "two people familiar …"). */
  plural: boolean;
}

const ORG_WORDS =
  /\b(?:ministry|department|office|embassy|agency|house|council|committee|government|administration|kremlin|party|campaign|pentagon|army|commission|parliament|union|fund|service|court|bank|company|corporation|group|institute|center|centre|university|foundation|network|staff|duma|rada|senate|congress)\b/i;
const MEDIA_WORDS =
  /\b(?:media|newspaper|outlet|news|times|post|journal|tribune|agency|television|tv|radio|magazine|reports?|broadcaster|daily|herald|gazette|press|wire|channel)\b/i;
const GOVERNMENT_WORDS =
  /\b(?:ministry|department|embassy|kremlin|white house|government|administration|pentagon|authorities|presidential office|cabinet)\b/i;
const UNNAMED_START =
  /^(?:a|an|one|two|three|four|five|six|several|some|\d+)\b|^(?:sources?|officials?|people)\b/i;
const UNNAMED_HEAD =
  /\b(?:sources?|officials?|people|person|diplomats?|insiders?|aides?|advisers?|advisors?|lawmakers?|negotiators?|analysts?|experts?|residents?|witness(?:es)?|authors?|survivors?|soldiers?|volunteers?)\b/i;
const FEMALE = /\b(?:spokeswoman|chairwoman|congresswoman|businesswoman|mrs|ms|madam|queen|she)\b/i;
const MALE = /\b(?:spokesman|chairman|congressman|businessman|mr|king|he)\b/i;
const PLURAL_PRONOUNS = new Set(["they", "we"]);
const POSSESSIVE_PRONOUNS = new Map([
  ["his", "he"],
  ["her", "she"],
  ["their", "they"],
  ["its", "it"],
]);

const NAME_PARTICLE = /^(?:de|van|von|der|den|bin|al|la|le|da|di|du|del|dos)$/;
const RELATIVE_CLAUSE = /,?\s+(?:who|whose|which)\s/i;
const RELATION =
  /^((?:\p{Lu}[\p{L}.'-]*\s?){1,4})['’]s\s+(son|daughter|wife|husband|ex-wife|widow|father|mother|brother|sister|nephew|niece|grandson|granddaughter|uncle|aunt)$/u;
const MEMBERS_OF =
  /^((?:\S+\s+){0,3}?(?:officials?|aides?|sources?|spokes(?:man|woman|person|people|men)|people|members?|staff(?:ers)?|leaders?|executives?|representatives?|analysts?|researchers?|lawyers?|employees?|workers?|investigators?|prosecutors?|officers?))\s+(?:at|in|from|for|with|of)\s+((?:the\s+)?\p{Lu}.*)$/iu;
const LOCATED = /^(.+?\b\p{Ll}[\p{L}-]*)\s+(in|at|from)\s+((?:the\s+)?\p{Lu}.*)$/u;

const memo = new WeakMap<Gazetteer, Map<string, ParsedSpeaker>>();
const MEMO_LIMIT = 20_000;

/** Split a speaker phrase into name / role / org / kind / side, using the gazetteer where it knows the name. */
export function parseSpeaker(
  span: { text: string; start: number; end: number },
  gazetteer: Gazetteer,
): ParsedSpeaker {
  // Why: the same phrases ("he", "Trump", "officials") recur constantly; parsing depends on text alone.
  let known = memo.get(gazetteer);
  if (!known) {
    known = new Map();
    memo.set(gazetteer, known);
  }
  const cached = known.get(span.text);
  if (cached) return { ...cached, start: span.start, end: span.end };
  const parsed = parsePhrase(span, gazetteer);
  if (known.size >= MEMO_LIMIT) known.clear();
  known.set(span.text, parsed);
  return { ...parsed };
}

const PLACE = String.raw`\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}`;
const HOMETOWN = new RegExp(`^([^,]+?) of (?:${PLACE})(?:, ${PLACE})?$`, "u");

function parsePhrase(
  span: { text: string; start: number; end: number },
  gazetteer: Gazetteer,
): ParsedSpeaker {
  // A possessor ("Trump's claim", "his insistence") names the speaker without the possessive.
  // "Rep. Ann Holt (R-Texas)": a party-and-state tag describes the person and is no part of the name.
  const phrase = span.text
    .replace(/\s+/g, " ")
    .trim()
    .replace(/['’]s$|(?<=s)['’]$/, "")
    .replace(/\s*\([DRI]-[\p{L}. ]{2,20}\)$/u, "");
  const lowerPhrase = POSSESSIVE_PRONOUNS.get(phrase.toLowerCase()) ?? phrase.toLowerCase();
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
  // "a senior official(,) who asked not to be named": the relative clause describes, it names nothing.
  const relative = RELATIVE_CLAUSE.exec(phrase);
  if (relative && relative.index > 0) {
    const head = phrase.slice(0, relative.index);
    return {
      ...parsePhrase({ text: head, start: base.start, end: base.start + head.length }, gazetteer),
      ...base,
    };
  }
  const kin = RELATION.exec(phrase);
  if (kin?.[1] && kin[2]) {
    // "Donald Trump's son", "Zelensky's wife": a person of their own, not the one named.
    const noun = kin[2].toLowerCase();
    return {
      ...base,
      name: phrase,
      role: noun,
      org: null,
      kind: "person",
      // A relative speaks for no side: "Trump's son" is not the US government.
      side: null,
      gender: /^(?:son|father|brother|husband|nephew|grandson|uncle)$/.test(noun)
        ? "m"
        : /^(?:daughter|mother|sister|wife|ex-wife|widow|niece|granddaughter|aunt)$/.test(noun)
          ? "f"
          : null,
      pronoun: false,
      plural: false,
    };
  }
  const pair = coordinatedPeople(base, phrase, gazetteer);
  if (pair) return pair;
  const hometown = HOMETOWN.exec(phrase);
  if (hometown?.[1]) {
    // "Senator Jane Holt of Maine", "Stacy Baker of Columbia, South Carolina": the place says where
    // the person is from; the person is named before it.
    const head = parsePhrase(
      { text: hometown[1], start: base.start, end: base.start + hometown[1].length },
      gazetteer,
    );
    if (head.kind === "person" && head.name?.includes(" ")) return { ...head, ...base };
  }
  if (phrase.includes(", ")) return parseAppositive(base, phrase, gazetteer);
  const member = MEMBERS_OF.exec(phrase);
  if (member?.[1] && member[2]) {
    // "Officials at Homeland Security Investigations": people of a body, named by the body.
    const head = parsePhrase(
      { text: member[1], start: base.start, end: base.start + member[1].length },
      gazetteer,
    );
    const body = member[2].replace(/^the\s+/i, "");
    const where = parsePhrase({ ...base, text: body }, gazetteer);
    return { ...head, ...base, org: head.org ?? body, side: head.side ?? where.side };
  }
  const located = LOCATED.exec(phrase);
  if (located?.[1] && located[2] && located[3]) {
    // "European diplomats in Kyiv": the place does not make them Kyiv; "officials at the Kremlin"
    // do work for it, so "at"/"from" lend their organisation and side.
    // "ministers meeting in Niagara": the participle belongs to the place phrase, not the name.
    const headText = located[1].replace(/\s+\p{Ll}+ing$/u, "");
    const head = parsePhrase(
      { text: headText, start: base.start, end: base.start + headText.length },
      gazetteer,
    );
    const where = located[3];
    const body = located[2].toLowerCase() === "in" ? null : parsePhrase({ ...base, text: where }, gazetteer);
    return {
      ...head,
      ...base,
      org: head.org ?? (body ? where.replace(/^the\s+/i, "") : null),
      side: head.side ?? body?.side ?? null,
    };
  }
  const words = phrase.split(" ");
  const whole = gazetteer.lookup(phrase);
  if (whole) return fromEntry(base, whole, null, null, gazetteer);
  const bare = phrase.replace(/^(?:the|a|an)\s+/i, "");
  const bareWords = bare.split(" ");
  // "Those close to him", "many of whom": people described, never named.
  if (
    /^(?:those|many|most|some|all|several|few|both)\b.*\b(?:close to|familiar with|of whom|of them)\b/i.test(
      phrase,
    )
  )
    return finish(
      base,
      { name: phrase, role: null, org: null, kind: "unnamed", plural: true },
      words,
      gazetteer,
    );
  if (UNNAMED_START.test(phrase) && UNNAMED_HEAD.test(phrase) && !hasName(bareWords)) {
    const plural = !/^(?:a|an|one)\b/i.test(phrase) && /s\b/.test(bareWords[bareWords.length - 1] ?? "");
    return finish(base, { name: phrase, role: null, org: null, kind: "unnamed", plural }, words, gazetteer);
  }
  const nameStart = trailingNameStart(bareWords);
  if (nameStart < bareWords.length) {
    const name = bareWords.slice(nameStart).join(" ");
    const entry =
      gazetteer.lookup(name) ?? bySurname(name, gazetteer.lookup(bareWords[bareWords.length - 1] ?? ""));
    const prefix = bareWords.slice(0, nameStart);
    const { role, org: written } = splitRoleOrg(prefix);
    // "Ukrainian President …": a bare demonym names the country.
    const demonym = written !== null && /^\p{Lu}\p{L}+(?:ian|an|ish|ese)$/u.test(written);
    const org = demonym ? (gazetteer.sideOf(written) ?? written) : written;
    if (entry) return fromEntry(base, entry, role, org, gazetteer);
    if (!ORG_WORDS.test(name) && !MEDIA_WORDS.test(name) && !/^the\b/i.test(phrase)) {
      return finish(base, { name, role, org, kind: "person", plural: false }, words, gazetteer);
    }
  }
  const kind = classifyOrganisation(bare);
  const plural = kind === "group" || /s$/.test(bareWords[bareWords.length - 1] ?? "");
  const entryInside = findEntryInside(bareWords, gazetteer);
  if (kind === "media" && entryInside && entryInside.kind === "media") {
    const { role } = splitRoleOrg(
      bareWords.filter((w) => !entryInside.aliases.includes(w) && w !== entryInside.name),
    );
    return fromEntry(base, entryInside, role, null, gazetteer);
  }
  const { role, org } = kind === "person" ? splitRoleOrg(bareWords) : { role: null, org: null };
  return finish(base, { name: kind === "person" ? null : bare, role, org, kind, plural }, words, gazetteer);
}

const DESCRIPTION =
  /^(?:(?:a|an|the|his|her|its|their)\s+)?(.+?)(?:\s+(?:for|of|at|to|with)\s+(?:the\s+)?(.+))?$/i;

/** "Olena Marchenko, a spokeswoman for the city council": name from one part, role and org from the other. */
function parseAppositive(
  base: { text: string; start: number; end: number },
  phrase: string,
  gazetteer: Gazetteer,
): ParsedSpeaker {
  const [left = "", right = ""] = phrase.split(/,\s*/);
  const leftParsed = parseSpeaker(
    { text: left, start: base.start, end: base.start + left.length },
    gazetteer,
  );
  const rightParsed = parseSpeaker({ text: right, start: base.start, end: base.end }, gazetteer);
  // "The pollster, Douglas Schoen": the name may follow its description; "Officials at X, a
  // division of Y": a named group before its description stays the speaker.
  const leftFirst =
    (leftParsed.kind === "person" && leftParsed.name) ||
    (leftParsed.name !== null &&
      !(rightParsed.kind === "person" && rightParsed.name && /^\p{Lu}/u.test(right)));
  const [person, description, descriptionText] = leftFirst
    ? [leftParsed, rightParsed, right]
    : [rightParsed, leftParsed, left];
  // "Name, 59, of Ashton, said": an age or a home town is no role.
  const match = /^(?:of\s|\d+$)/u.test(descriptionText.trim())
    ? null
    : DESCRIPTION.exec(descriptionText.trim());
  const role = person.role ?? match?.[1] ?? null;
  const org = person.org ?? match?.[2] ?? description.org;
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
    // "Pierre de Vos": a particle between capitalised words stays in the name.
    const particle = NAME_PARTICLE.test(word) && start === i + 1;
    if (particle && (/^\p{Lu}/u.test(words[i - 1] ?? "") || NAME_PARTICLE.test(words[i - 1] ?? ""))) {
      start = i;
      continue;
    }
    if (!/^\p{Lu}/u.test(word) || titleWords.has(lower) || sourceNouns.has(lower) || /['’]s$/.test(word))
      break;
    start = i;
  }
  return start;
}

function classifyOrganisation(phrase: string): SpeakerKind {
  const last = phrase.split(" ").pop() ?? "";
  if (roleHeads.has(last.toLowerCase())) return "person";
  if (GOVERNMENT_WORDS.test(phrase)) return "government";
  if (MEDIA_WORDS.test(phrase)) return "media";
  if (ORG_WORDS.test(phrase)) return "organization";
  if (/^\p{Lu}/u.test(last)) return /s$/.test(last) && !/ss$/.test(last) ? "group" : "organization";
  return /(?:s|men|people)$/.test(last) ? "group" : "organization";
}

/**
 * The entry a surname names, unless the phrase gives another first name: "Ivanka Trump" and
 * "Eric Trump" are not "Donald Trump", though "Trump" and "Mr. Trump" are.
 */
function bySurname(name: string, entry: GazetteerEntry | undefined): GazetteerEntry | undefined {
  if (!entry) return undefined;
  const words = name.split(" ");
  if (words.length < 2) return entry;
  const given = (words[0] ?? "").toLowerCase().replace(/\.$/, "");
  const known = [entry.name, ...entry.aliases].map((alias) =>
    alias.split(" ")[0]?.toLowerCase().replace(/\.$/, ""),
  );
  return known.includes(given) || given.length <= 2 ? entry : undefined;
}

/**
 * "Cummings and Conyers", "Peskov and Zakharova": two named people speaking together are one
 * speaker, a group named after both, with the side they share (none when they differ).
 */
function coordinatedPeople(
  base: { text: string; start: number; end: number },
  phrase: string,
  gazetteer: Gazetteer,
): ParsedSpeaker | null {
  const parts = phrase.split(" and ");
  if (parts.length !== 2 || phrase.includes(",")) return null;
  const [left = "", right = ""] = parts;
  if (!/^\p{Lu}/u.test(left) || !/^\p{Lu}/u.test(right)) return null;
  const a = parsePhrase({ ...base, text: left }, gazetteer);
  const b = parsePhrase({ ...base, text: right }, gazetteer);
  if (a.kind !== "person" || b.kind !== "person" || !a.name || !b.name) return null;
  return {
    ...base,
    name: `${a.name} and ${b.name}`,
    role: a.role !== null && a.role === b.role ? a.role : null,
    org: a.org !== null && a.org === b.org ? a.org : null,
    kind: "group",
    side: a.side === b.side ? a.side : null,
    gender: null,
    pronoun: false,
    plural: true,
  };
}
