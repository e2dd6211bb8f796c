const words = (list: string) => new Set(list.split(/\s+/).filter(Boolean));

/** Function words: never part of what a claim is about. "us" goes too; it is mostly the country. */
export const stopWords = words(`
  a an the and or but if of to in on at by for from with about as into onto over under between
  through against during before after within without across per via than then so yet also too
  it its it's they them their he him his she her we our us you your i me my this that these those
  there here who whom whose which what when where why how whether while because
  is are was were be been being am has have had having do does did doing will would shall should
  can could may might must said says say saying told tell according reported reports
  such some all both each every either more most other another same very just only still already
  now even again once ever
`);

/** Words that turn a statement into its denial; "any" counts, as in "denied any such concessions". */
export const negators = words("no not never none nothing neither nor cannot any without");

/**
 * Verbs and adjectives of knowing, receiving, discussing and truth: in "not aware of such a plan" or
 * "has not received any draft plan" they frame the denied thing but are not it.
 */
export const framingWords = words(`
  aware know knew known knows seen see saw heard hear receive received receiving discussed discuss
  discussing talked talk exist exists existed existing true false correct accurate real clear
  happen happened happening comment commented announce announced confirm confirmed deny denied
  denies denying reject rejected dismiss dismissed officially formally yet currently
`);

/** Words that make a following noun generic ("all possible plans"), not a claim about a specific one. */
export const genericWords = words("all any every possible other various no some several future potential");

/** Words a denied thing can be talked about in, when asking whether it exists. */
export const existenceFraming = words(`
  aware know knew known knows seen see saw heard hear receive received receiving discussed discuss
  discussing talked talk exist exists existed existing
`);

/** Frequent irregular verb forms that would otherwise end up inside a noun phrase ("no meeting took place"). */
export const commonVerbs = words(`
  took take takes taken came come comes went go goes gone made make makes gave give gives given held
  hold holds began begin begun met meet meets left got get gets put ran sent send sends brought
  became become stood stands remain remains
`);

/** Words that open a new clause: a denied thing is never looked for past them ("not named because the talks…"). */
export const clauseWords = words(`
  because since although though while if unless whether when where that which who whom whose until
  after before so but and or
`);

/** Words that point at a noun: after them, a denial names its thing ("not received any draft plan"). */
export const nominalWords = words("no any none such a an the this that these those its their his her our");

/** Prepositions: a denial that negates one ("not for public discussion") negates a circumstance, not a thing. */
export const prepositions = words(
  "of for in on at about to from with by into over under after before during",
);

/**
 * Nouns that only contain the thing disputed ("the points of any new plan", "the plan's points",
 * "the idea of ceding territory"): the dispute is about what they contain, never about them alone.
 */
export const containerNouns = words(`
  point points detail details text texts content contents idea ideas part parts term terms element
  elements provision provisions version versions copy copies aspect aspects section sections clause
  clauses publication publications report reports comment comments account accounts
`);

/** Indefinite pronouns: "would not sign anything" denies no particular thing. */
export const indefiniteWords = words("anything something everything nothing anyone someone everyone nobody");

/**
 * Stems that name one disputed thing in other words: "giving up territory", "ceding land" and
 * "territorial concessions" are one point. Keys and values are stems (see `stemWord`).
 */
export const conceptStems = new Map([
  ["territorial", "territory"],
  ["land", "territory"],
  ["cede", "territory"],
  ["ced", "territory"],
]);
