/**
 * The slash commands, platform-neutral: names, subcommands and options exactly as users type them.
 * An outside end-to-end check drives the bot by these names, so extend them, never rename or drop.
 * Discord builds its application commands from this table; Slack parses `/latest …` and
 * `/newsbrief SUBCOMMAND …` text into the same shape.
 */
export interface OptionSpec {
  /** Option name as typed (`who`, `topic`, `public`). */
  name: string;
  /** What the value is. */
  type: "string" | "boolean";
  /** One line shown by the platform's command picker (Discord: at most 100 characters). */
  description: string;
  required: boolean;
  /** The platform asks `completeOption` for suggestions while the user types (Discord). */
  autocomplete?: boolean;
  /** Longest accepted value; longer input is refused with a clear message. */
  maxLength?: number;
}

export interface SubcommandSpec {
  name: string;
  description: string;
  options: OptionSpec[];
}

export interface CommandSpec {
  /** Command name without the slash. */
  name: CommandName;
  description: string;
  /** Only workspace admins may run it (checked in our code, not by the platform). */
  adminOnly: boolean | ((subcommand: string | undefined) => boolean);
  options: OptionSpec[];
  /** When present, the command is only used through one of these. */
  subcommands?: SubcommandSpec[];
  /** Only Slack has it (as `/newsbrief help`); Discord lists its commands natively. */
  slackOnly?: boolean;
}

export type CommandName =
  | "latest"
  | "briefing"
  | "topic"
  | "feed"
  | "subscribe"
  | "unsubscribe"
  | "status"
  | "help";

const topicName: OptionSpec = {
  name: "topic",
  type: "string",
  description: "Topic name, e.g. peace-plan",
  required: false,
  autocomplete: true,
  maxLength: 40,
};
const publicFlag: OptionSpec = {
  name: "public",
  type: "boolean",
  description: "Show the answer to the whole channel (default: only you)",
  required: false,
};
const query: OptionSpec = {
  name: "query",
  type: "string",
  description: 'Boolean query: words, "phrases", OR, AND, NOT, (…), Kyiv|Kiev',
  required: true,
  maxLength: 500,
};
const feedUrl: OptionSpec = {
  name: "url",
  type: "string",
  description: "RSS or Atom feed URL (http/https)",
  required: true,
  maxLength: 2000,
};

export const commandSpecs: readonly CommandSpec[] = [
  {
    name: "latest",
    description: "The newest claims on the topic, by speaker or side",
    adminOnly: false,
    options: [
      {
        name: "who",
        type: "string",
        description: "Speaker or side, e.g. peskov or russia",
        required: false,
        autocomplete: true,
        maxLength: 100,
      },
      topicName,
      publicFlag,
    ],
  },
  {
    name: "briefing",
    description: "This channel's briefing since its last one, now",
    adminOnly: false,
    options: [topicName, publicFlag],
  },
  {
    name: "topic",
    description: "Topics this workspace follows",
    adminOnly: (subcommand) => subcommand === "add" || subcommand === "remove",
    options: [],
    subcommands: [
      {
        name: "add",
        description: "Add or change a topic (admins)",
        options: [
          {
            ...topicName,
            name: "name",
            description: "Topic name: lower-case letters, digits, dashes",
            required: true,
            autocomplete: false,
          },
          query,
          {
            name: "title",
            type: "string",
            description: "Heading of its briefings",
            required: false,
            maxLength: 120,
          },
        ],
      },
      { name: "list", description: "List the topics", options: [] },
      {
        name: "remove",
        description: "Remove a topic (admins)",
        options: [{ ...topicName, name: "name", required: true }],
      },
      { name: "test", description: "Preview which recent articles a query matches", options: [query] },
    ],
  },
  {
    name: "feed",
    description: "Feeds the bot reads",
    adminOnly: (subcommand) => subcommand === "add" || subcommand === "remove",
    options: [],
    subcommands: [
      {
        name: "add",
        description: "Add a feed, or re-enable a disabled one (admins)",
        options: [
          feedUrl,
          {
            name: "outlet",
            type: "string",
            description: "Outlet name shown on its articles",
            required: false,
            maxLength: 100,
          },
        ],
      },
      { name: "list", description: "Feeds and their health", options: [] },
      {
        name: "remove",
        description: "Stop reading a feed (admins)",
        options: [{ ...feedUrl, autocomplete: true }],
      },
    ],
  },
  {
    name: "subscribe",
    description: "Post a daily briefing of a topic to this channel (admins)",
    adminOnly: true,
    options: [
      { ...topicName, required: true },
      {
        name: "time",
        type: "string",
        description: "HH:MM, 24-hour (default 08:00)",
        required: false,
        maxLength: 5,
      },
      {
        name: "timezone",
        type: "string",
        description: "IANA time zone, e.g. Europe/Kyiv (default UTC)",
        required: false,
        autocomplete: true,
        maxLength: 64,
      },
    ],
  },
  {
    name: "unsubscribe",
    description: "Stop this channel's briefings of a topic, or all of them (admins)",
    adminOnly: true,
    options: [{ ...topicName, description: "Topic name (all of this channel's when left out)" }],
  },
  {
    name: "status",
    description: "Last ingest, feed health, this channel's next briefing",
    adminOnly: false,
    options: [],
  },
  { name: "help", description: "What newsbrief can do", adminOnly: false, options: [], slackOnly: true },
];
