import type { Speaker } from "../claims/claim.js";
import { shorten } from "../text/shorten.js";
import type { BriefingSpeakerRef } from "./briefing.js";

/** Shown when the extractor found a source but could not say who it is. */
export const unidentifiedSpeaker = "unidentified speaker";
/** Shown for claims whose text names no source at all. */
export const unattributedSpeaker = "unattributed";

const sideTitles: Record<string, string> = {
  US: "United States",
  USA: "United States",
  UK: "United Kingdom",
  EU: "European Union",
  UN: "United Nations",
};

/** Heading for a gazetteer side: "US" → "United States"; other sides as the gazetteer spells them. */
export function sideTitle(side: string): string {
  return sideTitles[side] ?? side;
}

/**
 * A speaker as the briefing shows it. Nothing is invented: an unresolved speaker is
 * "unidentified speaker", a missing one "unattributed", and the side is only what the gazetteer gave.
 */
export function describeSpeaker(speaker: Speaker | null): BriefingSpeakerRef {
  if (speaker === null) {
    return {
      name: unattributedSpeaker,
      role: null,
      org: null,
      side: null,
      kind: "unresolved",
      line: unattributedSpeaker,
    };
  }
  const name = speaker.kind === "unresolved" || !speaker.name ? unidentifiedSpeaker : speaker.name;
  const ref = { name, role: speaker.role, org: speaker.org, side: speaker.side, kind: speaker.kind };
  return { ...ref, line: speakerLine(ref) };
}

/**
 * A person with their role: "Dmitry Peskov, Kremlin spokesman"; anyone else with what they are:
 * "Axios (US media)", "Moscow (government)".
 */
export function speakerLine(ref: Omit<BriefingSpeakerRef, "line">): string {
  // Bounded whatever the extractor returned, so one odd span cannot swamp a line.
  const name = shorten(ref.name, 80);
  const detail = shorten(speakerDetail(ref), 100);
  if (detail === "") return name;
  return ref.kind === "person" ? `${name}, ${detail}` : `${name} (${detail})`;
}

/** The part after the name: role and organisation, or the kind for non-persons, with the side for media. */
export function speakerDetail(ref: Omit<BriefingSpeakerRef, "line">): string {
  const title = roleAndOrg(ref);
  if (title !== "") return title;
  if (ref.kind === "media" && !/\bmedia\b/iu.test(ref.name)) return ref.side ? `${ref.side} media` : "media";
  if (ref.kind === "government" && !/government/iu.test(ref.name)) return "government";
  return "";
}

/** "Kremlin spokesman", "Secretary of State, State Department", "President" (org equal to the side is dropped). */
function roleAndOrg(ref: Omit<BriefingSpeakerRef, "line">): string {
  const org = ref.org && ref.org !== ref.side && ref.org !== ref.name ? ref.org : null;
  const role = ref.role;
  if (role && org) {
    // A lower-case role reads as a noun after its organisation ("Kremlin spokesman"); a title does not.
    return /^\p{Ll}/u.test(role) ? `${org} ${role}` : `${role}, ${org}`;
  }
  return role ?? org ?? "";
}
