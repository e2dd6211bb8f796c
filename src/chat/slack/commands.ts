import type { CommandOptions } from "../../commands/command-request.js";
import type { CommandName } from "../../commands/command-specs.js";
import { shorten } from "../../text/shorten.js";
import { type CommandWord, type CommandWords, commandWords, restAfter } from "./command-words.js";
import { slackUsage } from "./slack-usage.js";

/** What a slash command's text says, before the handler checks the values. */
export type SlackCommandParse =
  | {
      kind: "request";
      command: CommandName;
      subcommand?: string;
      options: CommandOptions;
      /** Shown above the handler's answer: why the help is shown instead ("“foo” is not a command"). */
      note?: string;
    }
  /** The text does not have the shape of any command: say what was wrong and what is expected. */
  | { kind: "invalid"; problem: string; usage: string[] };

/**
 * Parse `/latest …` or `/newsbrief SUBCOMMAND …` into the platform-neutral command shape, with the
 * option names of `commandSpecs`. Only the shape of the text is checked here (which words go
 * where); the handler validates the values. An empty or unknown subcommand asks for the help.
 */
export function parseSlackCommand(command: string, text: string): SlackCommandParse {
  const words = commandWords(text);
  if (command.replace(/^\//u, "").toLowerCase() === "latest") return parseLatest(words.words);
  const [first] = words.words;
  const args = words.words.slice(1);
  switch (first?.text.toLowerCase()) {
    case undefined:
    case "help":
      return request("help", undefined, {});
    case "briefing":
      return parseBriefing(args);
    case "topic":
      return parseTopic(words);
    case "feed":
      return parseFeed(words);
    case "subscribe":
      return parseSubscribe(args);
    case "unsubscribe":
      if (args.length > 1)
        return invalid("unsubscribe takes at most one topic name.", slackUsage.unsubscribe);
      return request("unsubscribe", undefined, { topic: unquote(args[0]) });
    case "status":
      if (args.length > 0) return invalid("status takes no arguments.", slackUsage.status);
      return request("status", undefined, {});
    default:
      return {
        ...request("help", undefined, {}),
        note: `“${shorten(first?.text ?? "", 40)}” is not a newsbrief command.`,
      };
  }
}

function parseLatest(all: CommandWord[]): SlackCommandParse {
  const { rest, isPublic } = takePublic(all);
  const at = rest.findLastIndex((word) => word.text.toLowerCase() === "in");
  const who = at >= 0 ? rest.slice(0, at) : rest;
  const after = at >= 0 ? rest.slice(at + 1) : [];
  if (at >= 0 && after.length !== 1) {
    return invalid(
      after.length === 0
        ? "“in” needs a topic name after it."
        : `A topic name is one word, not “${shorten(texts(after).join(" "), 60)}”.`,
      slackUsage.latest,
    );
  }
  const whoText = texts(who).map(unquoteText).join(" ");
  return request("latest", undefined, {
    who: whoText === "" ? undefined : whoText,
    topic: unquote(after[0]),
    public: isPublic,
  });
}

function parseBriefing(args: CommandWord[]): SlackCommandParse {
  const { rest, isPublic } = takePublic(args);
  if (rest.length > 1) return invalid("briefing takes one topic name at most.", slackUsage.briefing);
  return request("briefing", undefined, { topic: unquote(rest[0]), public: isPublic });
}

function parseTopic(words: CommandWords): SlackCommandParse {
  const [, sub, name, ...more] = words.words;
  const all = [slackUsage.topicAdd, slackUsage.topicList, slackUsage.topicRemove, slackUsage.topicTest];
  switch (sub?.text.toLowerCase()) {
    case "add": {
      const query = restAfter(words, name);
      if (name === undefined || query === "") {
        return invalid("topic add needs a name and then a query.", slackUsage.topicAdd);
      }
      return request("topic", "add", { name: unquote(name), query });
    }
    case "list":
      if (name !== undefined) return invalid("topic list takes no arguments.", slackUsage.topicList);
      return request("topic", "list", {});
    case "remove":
      if (name === undefined || more.length > 0) {
        return invalid("topic remove needs exactly one topic name.", slackUsage.topicRemove);
      }
      return request("topic", "remove", { name: unquote(name) });
    case "test": {
      const query = restAfter(words, sub);
      if (query === "") return invalid("topic test needs a query.", slackUsage.topicTest);
      return request("topic", "test", { query });
    }
    default:
      return invalid("topic needs one of add, list, remove or test.", ...all);
  }
}

function parseFeed(words: CommandWords): SlackCommandParse {
  const [, sub, url, ...more] = words.words;
  switch (sub?.text.toLowerCase()) {
    case "add": {
      if (url === undefined) return invalid("feed add needs the feed's URL.", slackUsage.feedAdd);
      const outlet = unquoteText(restAfter(words, url));
      return request("feed", "add", { url: unquote(url), outlet: outlet === "" ? undefined : outlet });
    }
    case "list":
      if (url !== undefined) return invalid("feed list takes no arguments.", slackUsage.feedList);
      return request("feed", "list", {});
    case "remove":
      if (url === undefined || more.length > 0) {
        return invalid("feed remove needs exactly one URL.", slackUsage.feedRemove);
      }
      return request("feed", "remove", { url: unquote(url) });
    default:
      return invalid(
        "feed needs one of add, list or remove.",
        slackUsage.feedAdd,
        slackUsage.feedList,
        slackUsage.feedRemove,
      );
  }
}

function parseSubscribe(args: CommandWord[]): SlackCommandParse {
  const [topic, ...extra] = args;
  if (topic === undefined) return invalid("subscribe needs a topic name.", slackUsage.subscribe);
  // The time starts with a digit (08:00); anything else is the time zone (Europe/Kyiv, UTC).
  const times = extra.filter((word) => /^\d/u.test(word.text));
  const zones = extra.filter((word) => !/^\d/u.test(word.text));
  if (times.length > 1 || zones.length > 1) {
    return invalid("subscribe takes a topic, then at most one time and one time zone.", slackUsage.subscribe);
  }
  return request("subscribe", undefined, {
    topic: unquote(topic),
    time: unquote(times[0]),
    timezone: unquote(zones[0]),
  });
}

/** A standalone `public` word (anywhere) makes the answer visible to the channel. */
function takePublic(words: CommandWord[]): { rest: CommandWord[]; isPublic: boolean } {
  const rest = words.filter((word) => word.text.toLowerCase() !== "public");
  return { rest, isPublic: rest.length < words.length };
}

function request(
  command: CommandName,
  subcommand: string | undefined,
  options: Record<string, string | boolean | undefined>,
): Extract<SlackCommandParse, { kind: "request" }> {
  // Absent options are left out, and `public` only appears when it was typed.
  const present = Object.entries(options).filter(([, value]) => value !== undefined && value !== false);
  return {
    kind: "request",
    command,
    ...(subcommand === undefined ? {} : { subcommand }),
    options: Object.fromEntries(present),
  };
}

function invalid(problem: string, ...usage: string[]): SlackCommandParse {
  return { kind: "invalid", problem, usage };
}

function texts(words: CommandWord[]): string[] {
  return words.map((word) => word.text);
}

function unquote(word: CommandWord | undefined): string | undefined {
  return word === undefined ? undefined : unquoteText(word.text);
}

/** `"dmitry peskov"` → `dmitry peskov`: single values lose their quotes; queries keep them. */
function unquoteText(text: string): string {
  return /^".*"$/su.test(text) && text.length >= 2 ? text.slice(1, -1).trim() : text;
}
