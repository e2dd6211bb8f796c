import type { Gazetteer, GazetteerEntry } from "../gazetteer.js";
import { wordSet } from "../word-lists.js";

/** Words that head a role ("spokesman" in "Kremlin spokesman Dmitry Peskov"). */
export const roleHeads = wordSet(`
  president minister secretary spokesman spokeswoman spokesperson adviser advisor aide envoy ambassador
  chancellor senator sen rep gov governor general gen chief head director chairman chairwoman commander
  negotiator leader official manager representative lawmaker premier mayor deputy counsel outlet correspondent
  editor author analyst economist professor researcher candidate nominee`);
const ROLE_MODIFIERS = wordSet(`
  vice prime foreign defense defence interior deputy special senior press national security former top chief
  acting presidential campaign communications policy media economic lead foreign-policy news army military
  intelligence`);

/** "US Secretary of State" → role "Secretary of State", org "US"; "Kremlin spokesman" → "spokesman", "Kremlin". */
export function splitRoleOrg(prefix: string[]): { role: string | null; org: string | null } {
  let head = -1;
  for (let i = prefix.length - 1; i >= 0; i--) {
    // "Rep.", "Sen.": an abbreviated title keeps its dot in the text.
    if (roleHeads.has((prefix[i] ?? "").toLowerCase().replace(/\.$/, ""))) {
      head = i;
      break;
    }
  }
  if (head < 0) return { role: null, org: prefix.length > 0 ? prefix.join(" ").replace(/['’]s$/, "") : null };
  let roleStart = head;
  for (let i = head - 1; i >= 0; i--) {
    const word = (prefix[i] ?? "").toLowerCase();
    if (!ROLE_MODIFIERS.has(word) && !roleHeads.has(word)) break;
    if (
      (word === "foreign" || word === "interior" || word === "defense") &&
      !/^(?:minister|secretary)$/i.test(prefix[i + 1] ?? "")
    )
      break;
    roleStart = i;
  }
  // "Secretary of State": an "of" phrase right after the role head belongs to the role.
  const role = prefix.slice(roleStart).join(" ");
  const org = prefix
    .slice(0, roleStart)
    .join(" ")
    .replace(/['’]s$/, "");
  // "Her longtime adviser": a possessive pronoun names no organisation.
  return { role, org: org === "" || /^(?:his|her|their|its|our|my)\b/i.test(org) ? null : org };
}

/** Side revealed by any word or two-word phrase of the speaker ("Russian Foreign Ministry" → Russia). */
export function sideFromWords(words: string[], gazetteer: Gazetteer): string | null {
  for (let i = 0; i < words.length; i++) {
    const word = (words[i] ?? "").replace(/[.,]$/, "");
    const pair = i + 1 < words.length ? `${word} ${words[i + 1]}` : "";
    const side = (pair && gazetteer.sideOf(pair)) || gazetteer.sideOf(word) || gazetteer.lookup(word)?.side;
    if (side) return side;
  }
  return null;
}

export function findEntryInside(words: string[], gazetteer: Gazetteer): GazetteerEntry | undefined {
  for (let size = Math.min(4, words.length); size >= 1; size--) {
    for (let i = words.length - size; i >= 0; i--) {
      const entry = gazetteer.lookup(words.slice(i, i + size).join(" "));
      if (entry) return entry;
    }
  }
  return undefined;
}
