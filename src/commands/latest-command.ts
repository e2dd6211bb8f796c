import { sideTitle } from "../briefing/describe-speaker.js";
import { speakerKey } from "../stories/speaker-key.js";
import type { CommandDeps } from "./command-deps.js";
import type { DirectorySource } from "./latest/directory-source.js";
import { createLatestClaimFinder } from "./latest/find-latest-claims.js";
import type { StreamFilter } from "./latest/newest-first.js";
import { type LatestScope, renderLatest } from "./latest/render-latest.js";
import { resolveWho } from "./latest/resolve-who.js";
import type { SettingsCache } from "./latest/settings-cache.js";
import type { KnownSpeaker } from "./latest/speaker-directory.js";
import type { Reply } from "./reply.js";
import { channelAddress } from "./shared/channel-address.js";
import { channelTimeZone } from "./shared/channel-time-zone.js";
import { type CommandInput, type CommandRun, flag, text } from "./shared/command-run.js";
import { infoReply } from "./shared/replies.js";
import { resolveTopic, topicTitle } from "./shared/resolve-topic.js";

/** Distinct claims gathered: the newest, two on the "Earlier" line, the rest counted. */
const wanted = 6;

/**
 * `/latest [who] [topic] [public]`: the newest claims on the topic by a speaker, from a side, or
 * by anyone. Identical requests share one answer, computed once and reused for a few seconds
 * (see `createSettingsCache`): a burst of the same question (a busy channel, a benchmark) costs
 * one store read. Topics and subscriptions come through the same short-lived cache.
 */
export function createLatestCommand(
  deps: CommandDeps,
  directory: DirectorySource,
  settings: SettingsCache,
): CommandRun {
  const find = createLatestClaimFinder(deps.store, (error) =>
    deps.logger.warn("could not keep topic verdicts", { error }),
  );
  return (input) => {
    const { context } = input.request;
    const key = JSON.stringify(["latest", context.workspaceId, channelAddress(context), input.options]);
    return settings.remember(key, () => latest(input, { deps, directory, settings, find }));
  };
}

interface LatestTools {
  deps: CommandDeps;
  directory: DirectorySource;
  settings: SettingsCache;
  find: ReturnType<typeof createLatestClaimFinder>;
}

async function latest(input: CommandInput, { deps, directory, settings, find }: LatestTools): Promise<Reply> {
  const { context } = input.request;
  const topic = await resolveTopic(settings, context, text(input.options, "topic"));
  if (!topic.ok) return topic.reply;
  const who = text(input.options, "who");
  let filters: StreamFilter[] = [{}];
  let scope: LatestScope = { kind: "any" };
  if (who !== undefined) {
    let match = resolveWho(await directory.current(), who);
    // A speaker first heard a moment ago is not in the cached list yet: look once more.
    if (match.kind === "unknown") match = resolveWho(await directory.fresh(), who);
    if (match.kind === "unknown") {
      const heard = await probeSpeaker(deps, who);
      if (heard === undefined) return unknownSpeaker(who, match.suggestions);
      match = { kind: "speaker", speakers: [heard] };
    }
    if (match.kind === "side") {
      filters = [{ side: match.side }];
      scope = { kind: "side", title: sideTitle(match.side) };
    } else {
      filters = [...new Set(match.speakers.flatMap((speaker) => speaker.keys))].map((speakerKey) => ({
        speakerKey,
      }));
      scope = { kind: "speaker", name: match.speakers.map((speaker) => speaker.name).join(" or ") };
    }
  }
  const timezone = await channelTimeZone(
    settings,
    { workspaceId: context.workspaceId, channel: channelAddress(context) },
    topic.topic.name,
  );
  const found =
    filters.length === 0
      ? { claims: [], complete: true, scanned: 0 }
      : await find({ topic: topic.topic, filters, want: wanted });
  return renderLatest({
    found,
    topicTitle: topicTitle(topic.topic),
    timezone,
    scope,
    ephemeral: !flag(input.options, "public"),
  });
}

/**
 * The speaker whose key the typed name is, when the store has claims under it: a name typed in
 * full finds even a speaker the cached list cannot have yet (an old-dated article that came in
 * late is not in its top-ups). Two index lookups, only after every other reading failed.
 */
async function probeSpeaker(deps: CommandDeps, who: string): Promise<KnownSpeaker | undefined> {
  const written = (kind: "person" | "organization") => ({
    text: who,
    start: 0,
    end: who.length,
    name: who,
    role: null,
    org: null,
    kind,
    side: null,
  });
  for (const key of [speakerKey(written("person")), speakerKey(written("organization"))]) {
    if (key === null) continue;
    const [newest] = await deps.store.newestClaims({ speakerKey: key, limit: 1 });
    if (newest === undefined) continue;
    const speaker = newest.claim.claim.speaker;
    return {
      name: speaker?.name ?? who,
      kind: speaker?.kind ?? "person",
      role: speaker?.role ?? null,
      org: speaker?.org ?? null,
      side: newest.claim.side,
      keys: [key],
      terms: [],
      claims: 1,
      latest: newest.claim.publishedAt,
    };
  }
  return undefined;
}

function unknownSpeaker(who: string, suggestions: string[]): Reply {
  const hint =
    suggestions.length > 0
      ? `Did you mean ${suggestions.join(", ")}?`
      : "Try a speaker's name or surname (peskov), or a side (russia, us, ukraine).";
  return infoReply(`Nobody called “${who}” is known.`, [{ lines: [[hint]] }]);
}
