import { wordSet } from "./word-lists.js";

/** What a cue verb does to the stance of its claim. */
export type CueClass = "speech" | "deny" | "confirm" | "cognitive";

export interface CueEntry {
  /** Base form ("say" for "said"). */
  lemma: string;
  /** What the cue does to the stance. */
  cueClass: CueClass;
  /** True for the -ing form ("saying", "adding"), which takes its subject from the main clause. */
  participle: boolean;
}

/** [base, third person, past, -ing] forms of each cue verb, grouped by class. */
const VERBS: Record<CueClass, string[][]> = {
  speech: [
    ["say", "says", "said", "saying"],
    ["tell", "tells", "told", "telling"],
    ["add", "adds", "added", "adding"],
    ["state", "stated", "stating"],
    ["announce", "announces", "announced", "announcing"],
    ["write", "writes", "wrote", "writing", "written"],
    ["post", "posts", "posted", "posting"],
    ["claim", "claims", "claimed", "claiming"],
    ["warn", "warns", "warned", "warning"],
    ["insist", "insists", "insisted", "insisting"],
    ["argue", "argues", "argued", "arguing"],
    ["note", "notes", "noted", "noting"],
    ["report", "reports", "reported", "reporting"],
    ["explain", "explains", "explained", "explaining"],
    ["suggest", "suggests", "suggested", "suggesting"],
    ["tweet", "tweets", "tweeted", "tweeting"],
    ["declare", "declares", "declared", "declaring"],
    ["predict", "predicts", "predicted", "predicting"],
    ["assert", "asserts", "asserted", "asserting"],
    ["contend", "contends", "contended", "contending"],
    ["allege", "alleges", "alleged", "alleging"],
    ["reply", "replies", "replied", "replying"],
    ["respond", "responds", "responded", "responding"],
    ["recall", "recalls", "recalled", "recalling"],
    ["promise", "promises", "promised", "promising"],
    ["pledge", "pledges", "pledged", "pledging"],
    ["vow", "vows", "vowed", "vowing"],
    ["stress", "stresses", "stressed", "stressing"],
    ["emphasize", "emphasizes", "emphasized", "emphasizing", "emphasised", "emphasises"],
    ["urge", "urges", "urged", "urging"],
    ["complain", "complains", "complained", "complaining"],
    ["remark", "remarks", "remarked", "remarking"],
    ["observe", "observes", "observed", "observing"],
    ["ask", "asks", "asked", "asking"],
    ["reveal", "reveals", "revealed", "revealing"],
    ["indicate", "indicates", "indicated", "indicating"],
    ["call", "calls", "called", "calling"],
    ["accuse", "accuses", "accused", "accusing"],
    ["criticize", "criticizes", "criticized", "criticizing", "criticised", "criticises"],
    ["describe", "describes", "described", "describing"],
    ["propose", "proposes", "proposed", "proposing"],
    ["demand", "demands", "demanded", "demanding"],
    ["continue", "continues", "continued"],
    ["conclude", "concludes", "concluded", "concluding"],
    ["quip", "quips", "quipped"],
    ["joke", "jokes", "joked"],
    ["boast", "boasts", "boasted", "boasting"],
    ["estimate", "estimates", "estimated"],
    ["learn", "learns", "learned", "learnt"],
    ["blame", "blames", "blamed", "blaming"],
    ["praise", "praises", "praised", "praising"],
    ["point", "points", "pointed"],
    ["cite", "cites", "cited", "citing"],
    ["show", "shows", "showed", "showing", "shown"],
    ["find", "finds", "found"],
    ["endorse", "endorses", "endorsed", "endorsing"],
    ["defend", "defends", "defended", "defending"],
    ["refuse", "refuses", "refused"],
    ["question", "questions", "questioned", "questioning"],
    ["mock", "mocks", "mocked", "mocking"],
    ["slam", "slams", "slammed", "slamming"],
    ["recommend", "recommends", "recommended", "recommending"],
    ["agree", "agrees", "agreed", "agreeing"],
    ["condemn", "condemns", "condemned", "condemning"],
    ["blast", "blasts", "blasted", "blasting"],
    ["echo", "echoes", "echoed", "echoing"],
    ["liken", "likens", "likened", "likening"],
    ["assure", "assures", "assured", "assuring"],
    ["reiterate", "reiterates", "reiterated", "reiterating"],
    ["denounce", "denounces", "denounced", "denouncing"],
    ["decry", "decries", "decried", "decrying"],
    ["charge", "charges", "charged", "charging"],
    ["express", "expresses", "expressed", "expressing"],
    ["mention", "mentions", "mentioned", "mentioning"],
    ["discuss", "discusses", "discussed", "discussing"],
    ["decline", "declines", "declined", "declining"],
    ["refer", "refers", "referred", "referring"],
    ["talk", "talks", "talked", "talking"],
    ["speak", "speaks", "spoke", "speaking"],
    ["attack", "attacks", "attacked", "attacking"],
    ["tout", "touts", "touted", "touting"],
    ["lament", "laments", "lamented", "lamenting"],
    ["hail", "hails", "hailed", "hailing"],
    ["laud", "lauds", "lauded", "lauding"],
    ["applaud", "applauds", "applauded", "applauding"],
    ["thank", "thanks", "thanked", "thanking"],
    ["highlight", "highlights", "highlighted", "highlighting"],
    ["signal", "signals", "signaled", "signalled", "signaling", "signalling"],
    ["imply", "implies", "implied", "implying"],
    ["encourage", "encourages", "encouraged", "encouraging"],
    ["challenge", "challenges", "challenged", "challenging"],
    ["repeat", "repeats", "repeated", "repeating"],
    ["testify", "testifies", "testified", "testifying"],
    ["hint", "hints", "hinted", "hinting"],
    ["rail", "rails", "railed", "railing"],
    ["offer", "offers", "offered", "offering"],
    ["threaten", "threatens", "threatened", "threatening"],
    ["make", "makes", "made", "making"],
    ["push", "pushes", "pushed", "pushing"],
    ["shout", "shouts", "shouted", "shouting"],
    ["chant", "chants", "chanted", "chanting"],
    ["yell", "yells", "yelled", "yelling"],
    ["exclaim", "exclaims", "exclaimed", "exclaiming"],
    ["rule", "rules", "ruled"],
    ["characterize", "characterizes", "characterized", "characterizing", "characterised"],
  ],
  deny: [
    ["deny", "denies", "denied", "denying"],
    ["reject", "rejects", "rejected", "rejecting"],
    ["dismiss", "dismisses", "dismissed", "dismissing"],
    ["refute", "refutes", "refuted", "refuting"],
    ["rebut", "rebuts", "rebutted", "rebutting"],
    ["debunk", "debunks", "debunked", "debunking"],
    ["repudiate", "repudiates", "repudiated", "repudiating"],
    ["disavow", "disavows", "disavowed", "disavowing"],
    ["dispute", "disputes", "disputed", "disputing"],
  ],
  confirm: [
    ["confirm", "confirms", "confirmed", "confirming"],
    ["acknowledge", "acknowledges", "acknowledged", "acknowledging"],
    ["admit", "admits", "admitted", "admitting"],
    ["verify", "verifies", "verified", "verifying"],
    ["concede", "concedes", "conceded", "conceding"],
  ],
  cognitive: [
    ["believe", "believes", "believed", "believing"],
    ["think", "thinks", "thought"],
    ["hope", "hopes", "hoped"],
    ["fear", "fears", "feared"],
    ["know", "knows", "knew"],
    ["worry", "worries", "worried"],
    ["expect", "expects", "expected", "expecting"],
    ["want", "wants", "wanted"],
    ["plan", "plans", "planned", "planning"],
    ["seek", "seeks", "sought", "seeking"],
    ["support", "supports", "supported", "supporting"],
    ["oppose", "opposes", "opposed", "opposing"],
    ["back", "backs", "backed", "backing"],
    ["see", "sees"],
    ["remember", "remembers", "remembered"],
    ["wonder", "wonders", "wondered", "wondering"],
    ["suspect", "suspects", "suspected"],
  ],
};

/** Bare forms that read as nouns or infinitives far more often than as cues ("the state", "a report"). */
const NOT_CUES = wordSet(`
  state report call tell post note remark estimate find question stress demand promise pledge vow quip joke point cite thank
  talk talks speak attack attacks plan back backing support decline signal hint rail offer offers challenge challenges repeat thanks
  rule rules chant chants`);

/** Lower-cased verb form → cue entry. */
export const cueLexicon: ReadonlyMap<string, CueEntry> = buildLexicon();

/** Verbs whose content must be an infinitive or a that-clause ("pledged to …", not "pledged delegates"). */
export const needsToOrThat: ReadonlySet<string> = wordSet(
  "pledge promise vow refuse threaten agree decline plan expect",
);

/** Verbs that attribute a view only with an "as" complement ("sees the plan as a trap"). */
export const needsAs: ReadonlySet<string> = wordSet("see characterize");

/** Verbs whose cue reading needs a following particle ("pointed out", "called for"). */
export const requiredParticle: ReadonlyMap<string, string[]> = new Map([
  ["point", ["out", "to"]],
  ["refer", ["to"]],
  ["talk", ["about"]],
  ["speak", ["about", "of"]],
  ["rail", ["against", "at"]],
  ["push", ["for", "back"]],
]);

/** Verbs that read as a cue only with a that-clause or a quote ("found that", "shows that"). */
export const needsClause: ReadonlySet<string> = wordSet(
  "show find learn think believe hope fear indicate estimate declare know worry remember rule suspect offer",
);

/**
 * Bare forms kept out of `cueLexicon` because they read as nouns ("a call", "the report"); they
 * are cues only after a plural or pronoun subject ("critics call it", "they report").
 */
export const bareCueForms: ReadonlyMap<string, CueEntry> = buildLexicon(true);

function buildLexicon(bareOnly = false): Map<string, CueEntry> {
  const lexicon = new Map<string, CueEntry>();
  for (const [cueClass, groups] of Object.entries(VERBS) as [CueClass, string[][]][]) {
    for (const forms of groups) {
      const lemma = forms[0] ?? "";
      for (const form of forms) {
        if (NOT_CUES.has(form) !== bareOnly || (bareOnly && form !== lemma)) continue;
        lexicon.set(form, { lemma, cueClass, participle: form.endsWith("ing") && form !== lemma });
      }
    }
  }
  return lexicon;
}

/** View and topic verbs: inside another claim's content they report, they do not attribute. */
export const weakCues: ReadonlySet<string> = wordSet(`
  discuss talk mention attack refer speak decline support oppose back want seek see know expect plan worry
  show indicate find agree`);

/** Cue verbs that are verbs whenever a noun phrase precedes them ("The bank said"). */
export const coreCues: ReadonlySet<string> = wordSet(`
  say tell add claim argue insist warn explain ask write announce deny confirm acknowledge admit suggest reply
  respond contend allege assert declare predict tweet reject dismiss refute rebut concede debunk repudiate
  disavow`);
