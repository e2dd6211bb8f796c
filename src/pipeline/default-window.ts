import type { TimeWindow } from "../briefing/time-window.js";
import type { BriefingStore } from "../store/briefing-queries.js";

const dayMs = 24 * 60 * 60 * 1000;
/** A channel that missed many briefings gets at most a week, not everything since its last one. */
const longestPeriodMs = 7 * dayMs;

/** Whose briefing window to compute. */
export interface DefaultWindowRequest {
  /** Channel address ("slack:C123"); without one there is no "last briefing" to start from. */
  channel?: string;
  workspaceId: string;
  /** Topic name. */
  topic: string;
  /** End of the window (now, or the slot being served). */
  until: Date;
}

/**
 * The window a briefing covers when none is asked for: since the end of this channel's last posted
 * briefing of the topic, else the last 24 hours, and never more than a week. `/briefing` and
 * `newsbrief brief` both use it, so "since the last one" means the same everywhere.
 */
export async function defaultWindow(
  store: Pick<BriefingStore, "lastPostedBriefing">,
  request: DefaultWindowRequest,
): Promise<TimeWindow> {
  const until = request.until.getTime();
  const last =
    request.channel === undefined
      ? undefined
      : await store.lastPostedBriefing(request.channel, request.workspaceId, request.topic);
  const since =
    last === undefined ? until - dayMs : Math.max(Date.parse(last.until), until - longestPeriodMs);
  // A briefing posted at this very minute leaves an empty window, never a reversed one.
  return { since: new Date(Math.min(since, until)).toISOString(), until: new Date(until).toISOString() };
}
