import { speakerDetail } from "../briefing/describe-speaker.js";
import { visibleTopics } from "../pipeline/visible-topics.js";
import { shorten } from "../text/shorten.js";
import type { CommandDeps } from "./command-deps.js";
import type { Choice, CompletionRequest } from "./command-request.js";
import { feedLabel } from "./feed/feed-label.js";
import { workspaceFeeds } from "./feed/workspace-feeds.js";
import type { DirectorySource } from "./latest/directory-source.js";
import { foldName } from "./latest/fold-name.js";
import { displayUrl } from "./shared/display-url.js";
import { topicTitle } from "./shared/resolve-topic.js";
import { timeZones } from "./shared/time-zones.js";

/** Discord's limits: 25 choices, names and values of at most 100 characters. */
const maxChoices = 25;
const maxLength = 100;
const maxSides = 5;

/**
 * Suggestions for the option being typed: speakers (most recently and often heard first) and
 * sides for `who`; the workspace's topics for `topic` (its own only for `/topic remove`); IANA
 * zones for `timezone`; the workspace's own feeds for `/feed remove url`.
 */
export async function completeOption(
  request: CompletionRequest,
  deps: CommandDeps,
  directory: DirectorySource,
): Promise<Choice[]> {
  const typed = request.value.trim();
  let choices: Choice[] = [];
  if (request.option === "who") choices = await whoChoices(typed, directory);
  else if (request.option === "topic" || (request.command === "topic" && request.option === "name")) {
    const ownOnly = request.command === "topic" && request.subcommand === "remove";
    choices = await topicChoices(typed, request.context.workspaceId, ownOnly, deps);
  } else if (request.option === "timezone") choices = zoneChoices(typed);
  else if (request.option === "url" && request.command === "feed")
    choices = await feedChoices(typed, request.context.workspaceId, deps);
  return choices.slice(0, maxChoices).map((choice) => ({
    name: shorten(choice.name, maxLength),
    value: choice.value.slice(0, maxLength),
  }));
}

async function whoChoices(typed: string, directory: DirectorySource): Promise<Choice[]> {
  const folded = foldName(typed);
  const { sides, speakers } = await directory.current();
  const fits = (terms: string[]) =>
    folded === "" ||
    terms.some((term) => term.startsWith(folded) || term.split(" ").some((word) => word.startsWith(folded)));
  const sideChoices = sides
    .filter((side) => fits(side.terms))
    .slice(0, maxSides)
    .map((side) => ({ name: `${side.title} (side)`, value: side.label.toLowerCase() }));
  const speakerChoices = speakers
    .filter((speaker) => (folded === "" ? speaker.claims > 0 : fits(speaker.terms)))
    .map((speaker) => {
      const detail = [speakerDetail({ ...speaker, name: speaker.name }), speaker.side]
        .filter(Boolean)
        .join(", ");
      return { name: detail === "" ? speaker.name : `${speaker.name} — ${detail}`, value: speaker.name };
    });
  return [...sideChoices, ...speakerChoices];
}

async function topicChoices(
  typed: string,
  workspaceId: string,
  ownOnly: boolean,
  deps: CommandDeps,
): Promise<Choice[]> {
  const lower = typed.toLowerCase();
  return (await visibleTopics(deps.store, workspaceId))
    .filter((entry) => !ownOnly || entry.origin === "workspace")
    .filter(({ topic }) => topic.name.includes(lower) || topicTitle(topic).toLowerCase().includes(lower))
    .map(({ topic }) => ({ name: `${topic.name} — ${topicTitle(topic)}`, value: topic.name }));
}

function zoneChoices(typed: string): Choice[] {
  const lower = typed.toLowerCase().replaceAll(" ", "_");
  const zones = timeZones().filter((zone) => zone.toLowerCase().includes(lower));
  // Zones whose city starts with what was typed come first ("kyiv" → Europe/Kyiv before others).
  const starts = (zone: string) =>
    zone
      .toLowerCase()
      .split("/")
      .some((part) => part.startsWith(lower));
  return [...zones.filter(starts), ...zones.filter((zone) => !starts(zone))].map((zone) => ({
    name: zone,
    value: zone,
  }));
}

async function feedChoices(typed: string, workspaceId: string, deps: CommandDeps): Promise<Choice[]> {
  const lower = typed.toLowerCase();
  return (await workspaceFeeds(deps.store, workspaceId))
    .filter((feed) => feed.source === "admin")
    .map((feed) => ({ feed, shown: displayUrl(feed.url) }))
    .filter(
      ({ feed, shown }) =>
        shown.toLowerCase().includes(lower) || feedLabel(feed).toLowerCase().includes(lower),
    )
    .map(({ feed, shown }) => ({
      name: `${feedLabel(feed)} — ${shown}`,
      // A URL with credentials, or too long to send back, is chosen by its id (remove accepts both).
      value: shown === feed.url && feed.url.length <= maxLength ? feed.url : feed.id,
    }));
}
