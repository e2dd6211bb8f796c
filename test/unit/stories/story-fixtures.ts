/** Article texts written for these tests, in our own words, about the November 2025 peace-plan story. */

export const draftReport = {
  title: "Washington and Moscow quietly worked out a plan to end the war, report says",
  text: [
    "Envoys from the United States and Russia have spent weeks writing a framework to stop the fighting in Ukraine, according to a report published on Wednesday by a US news site.",
    "The document is said to run to twenty-eight points grouped under four headings: an end to the war, guarantees for Ukraine's security, wider European security, and future relations between Washington, Moscow and Kyiv.",
    "Under the draft, Ukraine would hand over parts of the eastern Donbas region that its troops still hold and would accept a ceiling on the size of its armed forces.",
    "The report credits Steve Witkoff, the White House special envoy, with leading the drafting after a long meeting with Kirill Dmitriev, the head of Russia's sovereign wealth fund, in Miami at the end of October.",
    "Officials in Kyiv said they had not been shown any text and would not comment on a document they had not seen.",
    "The Kremlin did not respond to a request for comment on Wednesday evening.",
    "European diplomats, speaking on condition of anonymity, said they learnt of the framework from the press and warned that any settlement reached over the heads of Ukrainians would not last.",
  ].join("\n"),
};

/** The same report carried by a syndicator: new headline, credit line, repeated headline, widgets. */
export const syndicatedCopy = {
  title: "Report: US, Russia draft 28-point Ukraine framework",
  text: [
    "Report: US, Russia draft 28-point Ukraine framework",
    "(Global Wire Service) —",
    draftReport.text,
    "Read more",
    "Share this article",
    "#Ukraine #PeacePlan",
    "Comments",
    "Post a Comment",
    "World desk | Global Wire Service",
  ].join("\n"),
};

/** The report lightly edited by a second outlet: a changed word here and there, one sentence added. */
export const editedCopy = {
  title: "US and Russia drew up a secret plan to end the war in Ukraine",
  text: draftReport.text
    .replace("have spent weeks writing", "spent several weeks writing")
    .replace("published on Wednesday", "published late on Wednesday")
    .replace("would not last", "could not last")
    .replace("The Kremlin did not respond", "The Kremlin has not responded")
    .concat("\nThe State Department referred questions to the White House."),
};

/** A regional paper that ran only the first four paragraphs. */
export const trimmedCopy = {
  title: "28-point plan for Ukraine drafted in secret",
  text: draftReport.text.split("\n").slice(0, 4).join("\n"),
};

/** A different article on the same story: same cast and vocabulary, a different event (a denial). */
export const kremlinDenial = {
  title: "Kremlin says no plan to end the war in Ukraine is being discussed with Washington",
  text: [
    "The Kremlin on Thursday dismissed reports that Russia and the United States had drafted a plan to end the war in Ukraine.",
    "Dmitry Peskov, the Kremlin spokesman, told reporters that there were no new developments to announce and that no such document was being discussed with the United States.",
    "Peskov said contacts with Washington continued but that Moscow's position on Ukraine had not changed since the summit in Alaska.",
    "He declined to comment on the Miami meeting between Steve Witkoff and Kirill Dmitriev, saying only that envoys talk regularly.",
    "Officials in Kyiv have said they were not consulted on any framework and that Ukraine would not accept territorial demands.",
    "The report of the twenty-eight point plan was first published on Wednesday by a US news site.",
  ].join("\n"),
};

/** Another different article with the same cast: the Foreign Ministry's statement a day later. */
export const ministryStatement = {
  title: "Russian Foreign Ministry: no draft plan on Ukraine has been received",
  text: [
    "Maria Zakharova, the spokeswoman of the Russian Foreign Ministry, said on Friday that Moscow had not received any draft plan on Ukraine from the United States.",
    "If Washington has such a document, she said, it should be passed to Russia through diplomatic channels rather than through leaks to the press.",
    "Zakharova said the reports about Steve Witkoff and Kirill Dmitriev writing a plan in Miami were an attempt to put pressure on Moscow.",
    "In Kyiv, President Volodymyr Zelensky said Ukraine would not give up any territory and called for a ceasefire along the current front line.",
    "US Secretary of State Marco Rubio said both sides would have to make difficult concessions for a lasting peace.",
  ].join("\n"),
};

/** Teasers, as feeds without full text carry them. */
export const teaser = {
  title: "US army secretary Driscoll arrives in Kyiv for talks on peace framework",
  text: "Daniel Driscoll is expected to meet Ukrainian military leaders and President Zelensky to discuss the US proposal.",
};

export const teaserCopy = {
  title: "US Army Secretary Driscoll arrives in Kyiv for talks on peace framework",
  text: "Daniel Driscoll is expected to meet Ukrainian military leaders and President Zelensky to discuss the US proposal. Read more",
};

export const otherTeaser = {
  title: "Zelensky meets US army secretary Driscoll in Kyiv",
  text: "President Zelensky said after meeting Daniel Driscoll that Ukraine will work on the US proposal but will not accept a deal that rewards aggression.",
};
