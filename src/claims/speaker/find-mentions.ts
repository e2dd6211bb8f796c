import type { Analysis } from "../analyze-text.js";
import type { Gazetteer, GazetteerEntry } from "../gazetteer.js";
import { functionWords, nonNameWords, sourceNouns, titleWords, wordSet } from "../word-lists.js";
import { clauseStart } from "./clause-start.js";

/** Someone or something named in the article, a candidate antecedent for "he", "she", "it", "they". */
export interface Mention {
  /** First token. */
  first: number;
  /** One past the last token. */
  last: number;
  /** Sentence index. */
  sentence: number;
  /** A person, a body (organisation, government, outlet) or a group of people. */
  kind: "person" | "body" | "group";
  /** The mention as written, without titles ("Bruce LeVell", "Donald Trump's son"). */
  text: string;
  /** Gender the text shows (a title, a relation noun, the gazetteer), null when it shows none. */
  gender: "m" | "f" | null;
  /** True when it opens its sentence's main clause: the subject, the first choice for a pronoun. */
  subject: boolean;
  /** The gazetteer entry it names, if any. */
  entry: GazetteerEntry | undefined;
  /** First token of the title before the name ("Sen." in "Sen. Ron Johnson"); `first` without one. */
  titleFirst: number;
}

const MALE_TITLES = wordSet("mr mr. sir king prince");
const FEMALE_TITLES = wordSet("mrs mrs. ms ms. miss madam queen princess");
/** Titles that make the next name a person's. */
const PERSON_TITLES = wordSet(`
  mr mr. mrs mrs. ms ms. dr dr. sen sen. rep rep. gov gov. gen gen. lt lt. col col. sgt sgt. capt capt.
  prof prof. rev rev. president senator governor representative congressman congresswoman judge justice
  secretary minister chancellor premier mayor general admiral ambassador speaker chairman chairwoman
  spokesman spokeswoman adviser advisor aide envoy director commissioner attorney lawyer candidate
  nominee leader sheriff chief pastor father sister`);
const RELATIONS: ReadonlyMap<string, "m" | "f" | null> = new Map([
  ...[..."son father brother husband nephew grandson uncle spokesman".split(" ")].map(
    (w) => [w, "m"] as const,
  ),
  ...[..."daughter mother sister wife ex-wife widow niece granddaughter aunt spokeswoman".split(" ")].map(
    (w) => [w, "f"] as const,
  ),
  ...[..."lawyer attorney aide adviser advisor spokesperson friend manager deputy chief".split(" ")].map(
    (w) => [w, null] as const,
  ),
]);
const NAME_PARTICLES = wordSet("de van von der den bin al la le da di du del dos st. jr. sr. jr sr ii iii");
/** Capitalised words that name places, times or things, never people. */
const NOT_PERSON = wordSet(`
  street avenue road city county state states river lake beach island islands park square valley hall
  center centre university college school church house court bank fund party committee council
  department ministry agency office embassy administration government times post journal news network
  company corporation group institute foundation association union commission congress senate parliament
  airport station hotel tower mountain mountains north south east west northern southern eastern western
  america united kingdom republic federation day war act law bill plan amendment election primary caucus
  debate convention world monday tuesday wednesday thursday friday saturday sunday january february march
  april june july august september october november december alabama alaska arizona arkansas california
  colorado connecticut delaware florida georgia hawaii idaho illinois indiana iowa kansas kentucky
  louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana nebraska nevada
  hampshire jersey mexico york carolina dakota ohio oklahoma oregon pennsylvania rhode tennessee texas
  utah vermont virginia washington wisconsin wyoming`);
/** Quantifiers and determiners that may open a capitalised run ("Some Germans", "Many Republicans"). */
const QUANTIFIERS = wordSet("some many most several all both few other these those no");
const PLACE_PREPOSITIONS = wordSet("in from at to near across throughout into outside inside around");
const DESCRIPTION_OPENERS = wordSet("a an the who his her whose");
const BODY_WORDS = wordSet(`
  ministry department office embassy agency administration government kremlin pentagon party committee
  council commission parliament senate congress court bank fund company corporation group institute
  foundation association union university network times post journal news campaign`);

/**
 * Named people and bodies, in text order, outside quotations: capitalised runs classified by the
 * gazetteer, a title ("Sen.", "Mr."), their words (bodies) or their shape (two or more name words
 * make a person), and possessive relations ("Donald Trump's son" is a person of his own, not
 * Donald Trump). A lone surname is a person once the full name was seen. Linear in the text.
 */
export function findMentions(analysis: Analysis, gazetteer: Gazetteer): Mention[] {
  const { words, lower, cap } = analysis.tokens;
  const mentions: Mention[] = [];
  const surnames = new Map<string, "m" | "f" | null>();
  analysis.sentences.forEach((sentence, s) => {
    const opening = clauseStart(analysis, sentence.first, sentence.last);
    let subjectTaken = false;
    const group = pluralSubject(analysis, opening, sentence.last, s);
    if (group) {
      mentions.push(group);
      subjectTaken = true;
    }
    for (let i = sentence.first; i < sentence.last; i++) {
      if (!cap[i] || (analysis.quoteOf[i] ?? -1) >= 0 || !/^\p{Lu}/u.test(words[i] ?? "")) continue;
      let end = i;
      while (
        end < sentence.last &&
        (analysis.quoteOf[end] ?? -1) < 0 &&
        ((cap[end] && /^\p{Lu}/u.test(words[end] ?? "")) || (end > i && NAME_PARTICLES.has(lower[end] ?? "")))
      )
        end++;
      const run = { first: i, last: end };
      i = end - 1;
      const mention: Mention | null =
        classify(analysis, gazetteer, run, s, surnames) ??
        (subjectTaken || run.first === sentence.first ? null : loneSubject(analysis, run, opening, s));
      if (!mention) continue;
      // "Tsege's arrest": a possessor is no subject.
      const possessor =
        /['’]s$/u.test(words[mention.last - 1] ?? "") && /^\p{Ll}/u.test(words[mention.last] ?? "");
      if (!subjectTaken && !possessor && mention.first <= opening + 4 && mention.first >= opening) {
        mention.subject = true;
      }
      subjectTaken ||= mention.first >= opening;
      mentions.push(mention);
      const pair = coordinated(analysis, gazetteer, mention, s, surnames);
      if (pair) {
        // "Mr. Grassley and Mr. Leahy": the pair is one antecedent for "they".
        mentions.push(pair.second, pair.group);
        i = pair.group.last - 1;
        continue;
      }
      if (mention.kind === "person" && !mention.text.includes("'s ")) {
        const surname = lower[mention.last - 1] ?? "";
        surnames.set(surname, mention.gender ?? surnames.get(surname) ?? null);
      }
      const relation = relationAfter(analysis, mention, s);
      if (relation) {
        // "Steve Witkoff's son told reporters …": the relation, not its possessor, is the subject.
        if (mention.subject || (!subjectTaken && mention.first >= opening && mention.first <= opening + 4)) {
          mention.subject = false;
          relation.subject = true;
          subjectTaken = true;
        }
        mentions.push(relation);
        i = relation.last - 1;
      }
    }
  });
  return mentions;
}

function classify(
  analysis: Analysis,
  gazetteer: Gazetteer,
  run: { first: number; last: number },
  sentence: number,
  surnames: Map<string, "m" | "f" | null>,
): Mention | null {
  const { words, lower } = analysis.tokens;
  let first = run.first;
  let gender: "m" | "f" | null = null;
  // A title before the run ("President", "Mr.") and leading words that name nobody ("But", "The").
  const before = lower[first - 1] ?? "";
  if (MALE_TITLES.has(before)) gender = "m";
  if (FEMALE_TITLES.has(before)) gender = "f";
  let titled = PERSON_TITLES.has(before);
  let titleFirst = -1;
  while (first < run.last && QUANTIFIERS.has(lower[first] ?? "")) first++;
  while (first < run.last) {
    const word = lower[first] ?? "";
    if (MALE_TITLES.has(word)) gender = "m";
    else if (FEMALE_TITLES.has(word)) gender = "f";
    const title = PERSON_TITLES.has(word) || titleWords.has(word);
    if (PERSON_TITLES.has(word)) titled = true;
    else if (!title && !nonNameWords.has(word) && word !== "the" && word !== "a") break;
    if (title && titleFirst < 0) titleFirst = first;
    else if (!title) titleFirst = -1;
    first++;
  }
  if (first >= run.last) return null;
  const last = run.last;
  const parts = [];
  for (let k = first; k < last; k++) parts.push(words[k] ?? "");
  const text = parts.join(" ").replace(/['’]s$/u, "");
  const lastWord = (lower[last - 1] ?? "").replace(/['’]s$/u, "");
  const profile = profileOf(gazetteer, text, parts, lower, first, last);
  const entry = profile.entry;
  const base = {
    first,
    last,
    sentence,
    text,
    subject: false,
    entry,
    titleFirst: titleFirst < 0 ? first : titleFirst,
  };
  if (entry) {
    const kind = entry.kind === "person" ? "person" : entry.kind === "group" ? "group" : "body";
    return { ...base, kind, gender: entry.gender ?? gender };
  }
  const { body, place } = profile;
  if (body) return { ...base, kind: "body", gender: null };
  // "Republicans", "Some Germans": a capitalised plural of people.
  if (last - first === 1 && (sourceNouns.has(lastWord) || /[^s]s$/u.test(lastWord)) && lastWord.length > 4)
    return gazetteer.sideOf(lastWord) && !/s$/u.test(lastWord)
      ? null
      : { ...base, kind: "group", gender: null };
  if (place) return null;
  // "Growing up in El Paso": a name after a preposition of place is a place, unless titled.
  if (!titled && PLACE_PREPOSITIONS.has(lower[run.first - 1] ?? "")) return null;
  const known = surnames.get(lastWord);
  // "Guardian, the first Republican mayor, …": a description in apposition makes a person.
  const described = lower[last] === "," && DESCRIPTION_OPENERS.has(lower[last + 1] ?? "");
  if (titled || described || known !== undefined)
    return { ...base, kind: "person", gender: gender ?? known ?? null };
  // Two to four name words, none a shouted headline word: a person's name ("Bruce LeVell").
  const upper = parts.every((part) => part.length > 2 && part === part.toUpperCase());
  if (last - first >= 2 && last - first <= 4 && !upper) return { ...base, kind: "person", gender };
  return null;
}

/** "Donald Trump's son", "Clinton's spokesman": the possessive names a relation, a person of their own. */
function relationAfter(analysis: Analysis, owner: Mention, sentence: number): Mention | null {
  const { lower, words } = analysis.tokens;
  if (owner.kind !== "person" || !/['’]s$/u.test(words[owner.last - 1] ?? "")) return null;
  for (let k = owner.last; k < owner.last + 3; k++) {
    const word = lower[k] ?? "";
    if (!/^\p{Ll}/u.test(words[k] ?? "")) return null;
    const gender = RELATIONS.get(word);
    if (gender === undefined) continue;
    return {
      first: owner.first,
      last: k + 1,
      sentence,
      kind: "person",
      text: `${owner.text}'s ${word}`,
      gender,
      subject: false,
      entry: undefined,
      titleFirst: owner.first,
    };
  }
  return null;
}

/** "Rep. Cummings and Rep. Conyers": the second person, and both together as a group. */
function coordinated(
  analysis: Analysis,
  gazetteer: Gazetteer,
  first: Mention,
  sentence: number,
  surnames: Map<string, "m" | "f" | null>,
): { second: Mention; group: Mention } | null {
  const { lower, cap, words } = analysis.tokens;
  if (first.kind !== "person" || lower[first.last] !== "and") return null;
  let start = first.last + 1;
  let end = start;
  while (
    end < analysis.tokens.words.length &&
    (cap[end] || NAME_PARTICLES.has(lower[end] ?? "")) &&
    end - start < 5
  )
    end++;
  if (end === start || !/^\p{Lu}/u.test(words[start] ?? "")) return null;
  const second = classify(analysis, gazetteer, { first: start, last: end }, sentence, surnames);
  if (second?.kind !== "person") return null;
  start = first.first;
  const group: Mention = {
    first: start,
    last: second.last,
    sentence,
    kind: "group",
    text: `${first.text} and ${second.text}`,
    gender: null,
    subject: first.subject,
    entry: undefined,
    titleFirst: first.titleFirst,
  };
  return { second, group };
}

/**
 * "Democrats say …", "Top Sanders strategists acknowledged …": a plural of people opening the
 * main clause is its subject and an antecedent for "they".
 */
function pluralSubject(analysis: Analysis, opening: number, last: number, sentence: number): Mention | null {
  const { lower, words } = analysis.tokens;
  for (let k = opening; k < last && k - opening < 5; k++) {
    const word = lower[k] ?? "";
    if (!/^\p{L}/u.test(words[k] ?? "")) return null;
    if (
      (sourceNouns.has(word) || /^[a-z]{3,}(?:ers|ists|ians|ants|ents|ors|ives|ates)$/.test(word)) &&
      /s$/.test(word)
    ) {
      return {
        first: opening,
        last: k + 1,
        sentence,
        kind: "group",
        text: words.slice(opening, k + 1).join(" "),
        gender: null,
        subject: true,
        entry: undefined,
        titleFirst: opening,
      };
    }
    if (analysis.tokens.cap[k] && k > opening) return null;
  }
  return null;
}

/** A surname's entry, unless the run gives another first name ("Ivanka Trump" is not Donald). */
function bySurname(parts: string[], entry: GazetteerEntry | undefined): GazetteerEntry | undefined {
  if (!entry || parts.length < 2) return parts.length < 2 ? entry : undefined;
  const given = (parts[0] ?? "").toLowerCase();
  return [entry.name, ...entry.aliases].some((alias) => alias.split(" ")[0]?.toLowerCase() === given)
    ? entry
    : undefined;
}

/**
 * "Growing up there, Mendoza regularly witnessed …": a single unknown name opening the main clause
 * after an opener (so its capital is its own, not the sentence's) before a lower-case word is its
 * subject, a person as far as a pronoun is concerned.
 */
function loneSubject(
  analysis: Analysis,
  run: { first: number; last: number },
  opening: number,
  sentence: number,
): Mention | null {
  const { words, lower } = analysis.tokens;
  if (run.first !== opening || run.last - run.first !== 1) return null;
  const word = lower[run.first] ?? "";
  if (word.length < 3 || nonNameWords.has(word) || NOT_PERSON.has(word) || sourceNouns.has(word)) return null;
  if (functionWords.has(word) || /s$/u.test(word)) return null;
  if (!/^\p{Ll}/u.test(words[run.last] ?? "") || /['’]/u.test(word)) return null;
  return {
    first: run.first,
    last: run.last,
    sentence,
    kind: "person",
    text: words[run.first] ?? "",
    gender: null,
    subject: false,
    entry: undefined,
    titleFirst: run.first,
  };
}

interface Profile {
  entry: GazetteerEntry | undefined;
  body: boolean;
  place: boolean;
}

// Why a cache: the same names recur through an article and across a feed; classifying a run by its
// words (gazetteer, body and place words) depends on its text alone.
const profiles = new WeakMap<Gazetteer, Map<string, Profile>>();

function profileOf(
  gazetteer: Gazetteer,
  text: string,
  parts: string[],
  lower: string[],
  first: number,
  last: number,
): Profile {
  let cache = profiles.get(gazetteer);
  if (!cache) {
    cache = new Map();
    profiles.set(gazetteer, cache);
  }
  const known = cache.get(text);
  if (known) return known;
  const lastWord = (lower[last - 1] ?? "").replace(/['’]s$/u, "");
  const entry = gazetteer.lookup(text) ?? bySurname(parts, gazetteer.lookup(lastWord));
  let body = false;
  let place = false;
  for (let k = first; k < last; k++) {
    const word = (lower[k] ?? "").replace(/['’]s$/u, "");
    if (BODY_WORDS.has(word)) body = true;
    if (NOT_PERSON.has(word) || sourceNouns.has(word) || gazetteer.sideOf(word)) place = true;
  }
  const profile = { entry, body, place };
  if (cache.size > 20_000) cache.clear();
  cache.set(text, profile);
  return profile;
}
