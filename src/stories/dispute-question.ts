import type { DeniedObject } from "./claim-proposition.js";

const maxFallbackLength = 70;

/**
 * The question a dispute asks, as a reader would put it. Of the phrases its denials negate, the one
 * whose modifiers the asserting side also uses ("draft plan" when Axios reported a drafted plan),
 * else the plainest. Denials of existence or knowledge about a singular thing ask "Does a draft
 * plan exist?"; others ask after the thing itself: "Territorial concessions?". A dispute without a
 * negated phrase asks after the denied statement: "Moscow received the document from Witkoff?".
 */
export function disputeQuestion(
  objects: DeniedObject[],
  supportTerms: Set<string>,
  deniedText: string,
): string {
  const rank = (object: DeniedObject) => {
    const shared = object.modifiers.filter((modifier) => supportTerms.has(modifier)).length;
    const unshared = object.modifiers.length - shared;
    return shared * 10 - unshared + (object.existence ? 1 : 0);
  };
  const [first, ...rest] = objects;
  if (!first)
    return `${capitalise(
      shorten(
        deniedText
          .trim()
          .replace(/^that\s+/i, "")
          .replace(/[.!?]+$/u, ""),
      ),
    )}?`;
  const best = rest.reduce((chosen, object) => (rank(object) > rank(chosen) ? object : chosen), first);
  const phrase = phraseFor(best, supportTerms);
  const singular = !/s$/i.test(phrase);
  if (best.existence && singular) return `Does ${/^[aeiou]/i.test(phrase) ? "an" : "a"} ${phrase} exist?`;
  return `${capitalise(phrase)}?`;
}

/** The phrase without modifiers the other side never used: they are the denier's words, not the dispute's. */
function phraseFor(object: DeniedObject, supportTerms: Set<string>): string {
  if (object.modifiers.every((modifier) => supportTerms.has(modifier))) return object.phrase;
  const kept = object.parts.filter((_, index) => {
    const modifier = object.modifiers[index];
    return modifier === undefined || supportTerms.has(modifier);
  });
  return kept.join(" ");
}

function shorten(text: string): string {
  if (text.length <= maxFallbackLength) return text;
  const cut = text.slice(0, maxFallbackLength);
  const space = cut.lastIndexOf(" ");
  return `${(space > 20 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, "")}…`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
