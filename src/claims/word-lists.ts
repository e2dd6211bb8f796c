/** Closed word classes and small noun lists the rules lean on, instead of a trained tagger. */

/** A set of the whitespace-separated words in `words`. */
export const wordSet = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));
const set = wordSet;

/** Personal and relative pronouns that can be the source of a claim. */
export const pronouns = set("he she it they we i you who which");

/** Words that may stand between a speaker and the cue verb ("Peskov also said", "has been denying"). */
export const auxiliaries = set(`
  also has have had is was were are be been will would could may might can later then previously earlier long
  repeatedly recently reportedly publicly privately again once further separately flatly quickly
  subsequently initially originally first last yesterday today himself herself itself themselves
  explicitly firmly strongly immediately simply only just already even still now often frequently
  specifically directly personally officially 's 're 've 'll 'd 'm this next week month year weekend
  morning night monday tuesday wednesday thursday friday saturday sunday`);

/** Negators that turn a cue into a non-claim ("has not announced"). */
export const cueNegators = set("not n't never neither nor didn't doesn't don't hasn't haven't hadn't won't");

/** Determiners and quantifiers that open a noun phrase. */
export const determiners = set(`
  the a an this that these those some many several both all other another each most few
  one two three four five six seven eight nine ten dozens hundreds his her their its our`);

/** Capitalised words that never belong to a speaker's name (sentence openers, days, connectives). */
export const nonNameWords = set(`
  however but and meanwhile also on in at last earlier later then when while as after before if yet so
  still now separately instead though although because since for with without by from to of
  monday tuesday wednesday thursday friday saturday sunday
  january february march april may june july august september october november december
  this that these those there here what why how where which who it he she they we i you
  moreover furthermore nevertheless nonetheless indeed thus therefore asked speaking writing
  whenever whatever additional editor's according let's let even`);

/** Nouns that head a speaker phrase ("sources said", "the campaign said", "officials said"). */
export const sourceNouns = set(`
  official officials source sources spokesman spokeswoman spokesperson spokespeople spokesmen aide aides
  adviser advisers advisor advisors campaign government ministry administration office department embassy
  agency report reports statement analyst analysts expert experts people person diplomat diplomats
  lawmaker lawmakers leader leaders president minister secretary envoy negotiator negotiators commander
  commanders military army police prosecutor prosecutors critic critics observer observers poll polls
  survey newspaper outlet media website network channel committee council party representatives
  representative senator senators member members resident residents voter voters supporter supporters
  witness witnesses authorities ambassador chancellor premier governor mayor chief head director chairman
  chairwoman counterpart team staff insider insiders researchers scientists economists journalist
  journalists reporter reporters correspondent host candidate nominee kremlin paper daily readout
  lawyer lawyers attorney spokesmen activists officer officers generals delegation delegations service
  ministers republicans democrats organizers editorial board study spokesmen operative strategist
  strategists allies ally governments capitals colleagues site broadcaster percent half third quarter
  majority minority most others respondents americans group groups organization firm company
  men women adults independents moderates conservatives liberals evangelicals progressives veterans families
  parents citizens locals delegates candidates rivals ukrainians russians europeans employee employees
  staffer staffers worker workers volunteer volunteers student students teacher teachers doctor doctors
  nurse nurses protester protesters demonstrators organizer organizers spokesperson historian historians
  scholar scholars professor professors consultant consultants pollster pollsters donor donors`);

/** Lower-case titles and descriptors that belong inside a speaker phrase. */
export const titleWords = set(`
  president vice prime minister foreign defense defence interior secretary spokesman spokeswoman
  spokesperson adviser advisor aide envoy special ambassador chancellor senator sen rep gov governor general
  gen rep. sen. gov. gen. chief head director chairman chairwoman deputy commander negotiator leader official press senior top
  former acting presidential campaign manager national security communications policy foreign-policy
  spokespeople military intelligence economic state army navy ministry outlet media news agency lead
  chief-of-staff staff envoy's counsel lawmaker representative anonymous unnamed high-ranking
  senior-level longtime veteran political republican democratic congressional white house pentagon
  kremlin administration government officials sources site broadcaster executive officer founder
  co-founder ceo analyst economist professor author columnist editor strategist consultant pollster
  researcher historian scholar expert activist nominee hopeful contender commentator host anchor
  correspondent reporter writer lawyer attorney judge justice councilman congressman congresswoman
  delegate chairman owner partner member leader scientist director secretary-general premier cleric`);

/** Words that follow a head noun inside an unnamed-source description ("people familiar with the draft"). */
export const familiarityHeads = set("people person sources source officials official diplomats diplomat");

/** Nouns naming a document, not a speaker: "According to the plan, Kiev would …" attributes nothing. */
export const documentNouns = set(`
  plan plans draft drafts proposal proposals deal agreement framework text treaty document documents
  points memorandum version outline blueprint`);

/** Nouns naming evidence or a written record that can state or show something ("the letter says"). */
export const evidenceNouns = set(`
  poll polls survey surveys study studies report reports data records figures analysis research numbers
  results filings statistics census review audit memo letter letters email emails video footage
  transcript transcripts findings assessment ruling order complaint indictment lawsuit statement`);

/** Words after which content is a that-clause: the part of the sentence skipped before "that". */
export const contentPreludeWords = set(`
  on in at to during after before last this next earlier later yesterday today tonight morning
  afternoon evening night week weekend month year monday tuesday wednesday thursday friday saturday
  sunday a an the his her their its statement interview conference briefing news press call
  reporters journalists told also separately publicly privately interview speech meeting post posted
  social media x telegram twitter facebook instagram truth television tv broadcast recently previously
  again repeatedly emailed email written remarks comments with by via`);

/** Deontic modals: a negation right after them is a negated obligation, not a denial. */
export const obligationModals = set("must should ought shall need needs cannot can't mustn't shouldn't");

/** Modals that mark a sentence as continuing someone's reported speech without a new cue. */
export const continuationModals = set("must should ought");

/** Negation words for the content's own polarity. */
export const negators = set(`
  not n't no never nothing none neither nobody didn't doesn't don't hasn't haven't hadn't isn't wasn't
  aren't weren't won't wouldn't couldn't can't cannot`);

/** Function words that never sit inside a noun phrase (for determiner-bounded phrases). */
export const functionWords = set(`
  and or but if then than because since although though while when where whether that which who whom whose
  what why how to of in on at by for with from into onto about after before during over under between
  against without within through across is are was were be been being am has have had do does did will
  would can could may might must shall should not no never very also just only even still already it he she
  they we i you me him her us them this these those there here as so such too`);

/** Quantities that can be the source of a poll finding ("47 percent said", "six in 10 say"). */
export const quantityHeads = set("percent half third quarter majority minority most many some few others");
