import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { compareFingerprints } from "../../../src/stories/compare-fingerprints.js";
import { decodeFingerprint } from "../../../src/stories/decode-fingerprint.js";
import { findStory } from "../../../src/stories/find-story.js";
import { fingerprintArticle } from "../../../src/stories/fingerprint-article.js";
import type { Story } from "../../../src/stories/story.js";
import {
  draftReport,
  editedCopy,
  kremlinDenial,
  ministryStatement,
  otherTeaser,
  syndicatedCopy,
  teaser,
  teaserCopy,
  trimmedCopy,
} from "./story-fixtures.js";

type Text = { title: string; text: string };
let sequence = 0;

function makeStory(article: Text, overrides: Partial<Story> = {}): Story {
  sequence += 1;
  return {
    id: `story-${sequence}`,
    title: article.title,
    firstPublishedAt: "2025-11-19T10:00:00.000Z",
    fingerprint: fingerprintArticle(article),
    ...overrides,
  };
}

function sameStory(a: Text, b: Text): boolean {
  const story = makeStory(a);
  return findStory(fingerprintArticle(b), [story]) === story;
}

describe("fingerprintArticle", () => {
  it("when the same text is fingerprinted twice, then the fingerprints are equal and compact", () => {
    const fingerprint = fingerprintArticle(draftReport);
    expect(fingerprintArticle({ ...draftReport })).toBe(fingerprint);
    expect(fingerprint.length).toBeLessThan(600);
    expect(fingerprint).toMatch(/^f1\.[0-9a-z]+\.[\w-]+\.[0-9a-z]+\.[\w-]+$/);
  });

  it("when a fingerprint is decoded, then its counts and signatures come back", () => {
    const decoded = decodeFingerprint(fingerprintArticle(draftReport));
    expect(decoded?.body).toHaveLength(64);
    expect(decoded?.lead).toHaveLength(32);
    expect(decoded?.bodyCount).toBeGreaterThan(100);
  });

  it("when the value is not a fingerprint of this format, then it decodes to null", () => {
    expect(decodeFingerprint("")).toBeNull();
    expect(decodeFingerprint("f0.1.AAAA.1.AAAA")).toBeNull();
    expect(decodeFingerprint("f1.zz.AAAA.1.AAAA")).toBeNull();
  });
});

describe("findStory", () => {
  it("when a syndicator adds a credit line, widgets and another headline, then it is the same story", () => {
    expect(sameStory(draftReport, syndicatedCopy)).toBe(true);
  });

  it("when the same text appears under another URL with no changes, then it is the same story", () => {
    expect(sameStory(draftReport, { title: draftReport.title, text: draftReport.text })).toBe(true);
  });

  it("when a copy is lightly edited, then it is the same story", () => {
    expect(sameStory(draftReport, editedCopy)).toBe(true);
  });

  it("when a copy keeps only the first paragraphs, then it is the same story", () => {
    expect(sameStory(draftReport, trimmedCopy)).toBe(true);
    expect(sameStory(trimmedCopy, draftReport)).toBe(true);
  });

  it("when two articles share cast and vocabulary but report different events, then they stay apart", () => {
    expect(sameStory(draftReport, kremlinDenial)).toBe(false);
    expect(sameStory(kremlinDenial, ministryStatement)).toBe(false);
    expect(sameStory(draftReport, ministryStatement)).toBe(false);
  });

  it("when a teaser is syndicated with a recased headline and a read-more link, then it is the same story", () => {
    expect(sameStory(teaser, teaserCopy)).toBe(true);
  });

  it("when two teasers are about different events with the same people, then they stay apart", () => {
    expect(sameStory(teaser, otherTeaser)).toBe(false);
  });

  it("when a teaser is compared with an unrelated full article, then they stay apart", () => {
    expect(sameStory(teaser, draftReport)).toBe(false);
    expect(sameStory(draftReport, teaser)).toBe(false);
  });

  it("when a teaser is the headline and opening of a full article, then it is the same story", () => {
    const opening = { title: draftReport.title, text: draftReport.text.split("\n").slice(0, 1).join("\n") };
    expect(sameStory(draftReport, opening)).toBe(true);
  });

  it("when several stories match, then the most similar one is chosen", () => {
    const loose = makeStory(trimmedCopy);
    const exact = makeStory(draftReport);
    const unrelated = makeStory(kremlinDenial);
    expect(findStory(fingerprintArticle(syndicatedCopy), [unrelated, loose, exact])).toBe(exact);
  });

  it("when a candidate's fingerprint is unreadable, then it is skipped", () => {
    const broken = makeStory(draftReport, { fingerprint: "garbage" });
    const good = makeStory(draftReport);
    expect(findStory(fingerprintArticle(syndicatedCopy), [broken, good])).toBe(good);
  });

  it("when there are no candidates, then no story is found", () => {
    expect(findStory(fingerprintArticle(draftReport), [])).toBeUndefined();
  });

  it("when articles are empty, then they never cluster", () => {
    expect(sameStory({ title: "", text: "" }, { title: "", text: "" })).toBe(false);
  });
});

describe("compareFingerprints", () => {
  const compare = (a: Text, b: Text) => {
    const left = decodeFingerprint(fingerprintArticle(a));
    const right = decodeFingerprint(fingerprintArticle(b));
    if (!left || !right) throw new Error("fingerprint did not decode");
    return compareFingerprints(left, right);
  };

  it("when full texts are compared, then the body decides and copies score far above other articles", () => {
    const copy = compare(draftReport, syndicatedCopy);
    const other = compare(draftReport, kremlinDenial);
    expect(copy.basis).toBe("body");
    expect(copy.score).toBeGreaterThan(0.75);
    expect(other.score).toBeLessThan(0.2);
  });

  it("when a teaser is involved, then headline and opening decide", () => {
    expect(compare(teaser, teaserCopy).basis).toBe("lead");
  });
});

const seedFile = path.resolve(import.meta.dirname, "../../..", "../shared/seed/peace-plan-article.txt");

describe.runIf(existsSync(seedFile))("findStory on the seed article", () => {
  const text = existsSync(seedFile) ? readFileSync(seedFile, "utf8") : "";
  const seed = { title: "US and Russia secretly drafted a plan to end the war", text };

  it("when a wire copy drops the page footer and changes the headline, then it is the same story", () => {
    const copy = {
      title: "Report: secret US-Russia plan would make Kyiv cede territory",
      text: text.split("\n").slice(0, -5).join("\n"),
    };
    expect(sameStory(seed, copy)).toBe(true);
  });

  it("when another article reports the denials with the same cast, then it is a different story", () => {
    expect(sameStory(seed, kremlinDenial)).toBe(false);
    expect(sameStory(seed, ministryStatement)).toBe(false);
  });
});
