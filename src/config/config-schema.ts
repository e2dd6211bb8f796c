import { validate as isValidCron } from "node-cron";
import { z } from "zod";
import { parseAllowEntry } from "../ingest/parse-allow-entry.js";
import { isTimeZone } from "../text/is-time-zone.js";
import { parseTopicQuery } from "../topics/parse-topic-query.js";

const httpUrl = z.string().refine((value) => /^https?:\/\//i.test(value) && URL.canParse(value), {
  message: "expected an http(s) URL",
});

const cronExpression = z.string().refine((value) => isValidCron(value), {
  error: (issue) => `"${String(issue.input)}" is not a valid cron expression`,
});

const timeZone = z
  .string()
  .refine(isTimeZone, { error: (issue) => `"${String(issue.input)}" is not a known IANA time zone` });

/** The ingest loop's shortest sleep between cycles (1 s), in minutes. */
const minIntervalMinutes = 1 / 60;

const allowEntry = z.string().refine((value) => parseAllowEntry(value) !== null, {
  error: (issue) =>
    `"${String(issue.input)}" is not a host name, IP address or CIDR (e.g. intranet.example, 10.0.0.5, 10.1.0.0/16)`,
});

export const feedConfigSchema = z.strictObject({
  /** Feed URL (RSS 0.9x/1.0/2.0 or Atom). */
  url: httpUrl,
  /** Outlet name shown on articles; defaults to the feed's own title. */
  outlet: z.string().min(1).optional(),
  /** Fetch each article's page and take its main text (for feeds that only carry a teaser). */
  fullText: z.boolean().default(false),
});

export const topicConfigSchema = z.strictObject({
  name: z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, "lower-case letters, digits and dashes, at most 40"),
  /** Human title for briefing headings ("Peace plan for Ukraine"); defaults to the name made readable. */
  title: z.string().trim().min(1).max(120).optional(),
  /** Boolean query: words, "phrases", OR, AND, NOT/-word, parentheses, variants with | (Kyiv|Kiev). */
  query: z
    .string()
    .min(1)
    .superRefine((query, context) => {
      // Checked at startup, with the parser the bot uses, so a broken filter never surprises an admin later.
      try {
        parseTopicQuery(query);
      } catch (error) {
        context.addIssue({ code: "custom", message: (error as Error).message });
      }
    }),
  /** Workspace or guild the topic belongs to; "default" for the console and demo. */
  workspace: z.string().default("default"),
});

export const scheduleConfigSchema = z.strictObject({
  /**
   * Where to post: "console", "discord:<channel id>", "slack:<channel id>", or a webhook named in
   * the environment: "discord-webhook:<name>" (DISCORD_WEBHOOK_<NAME>), "slack-webhook:<name>" (SLACK_WEBHOOK_<NAME>).
   */
  channel: z
    .string()
    .regex(
      /^(console|discord:\d+|slack:[A-Z0-9]+|(discord|slack)-webhook:[a-z0-9][a-z0-9_-]{0,39})$/,
      'expected "console", "discord:<id>", "slack:<id>", "discord-webhook:<name>" or "slack-webhook:<name>"',
    ),
  topic: z.string(),
  cron: cronExpression,
  timezone: timeZone.default("UTC"),
  /** Discord guild or Slack team id the channel belongs to (its own topics are used); "default" otherwise. */
  workspace: z.string().min(1).default("default"),
});

export const configSchema = z
  .strictObject({
    bot: z
      .strictObject({
        /** Sent as User-Agent on every fetch; must carry a contact URL. */
        userAgent: z.string().min(1).default("newsbrief/0.1 (+https://github.com/newsbrief/newsbrief)"),
        /** Where the embedded SQLite database lives when DATABASE_URL is not set. */
        dataDir: z.string().default("./data"),
        /** Port for health, readiness, metrics and Slack's /slack/events. 0 = off (PORT overrides it). */
        httpPort: z.number().int().min(0).max(65535).default(0),
        /** Address the HTTP server binds: loopback by default; "0.0.0.0" in containers. */
        httpHost: z.string().min(1).default("127.0.0.1"),
        /**
         * How long `run` waits, after SIGTERM or SIGINT, for work in flight to finish before it gives up
         * and exits 1. Below Docker's 10 s stop grace period, so the bot exits on its own terms.
         */
        shutdownTimeoutMs: z.number().int().min(100).max(600_000).default(8_000),
        /**
         * Worker threads that answer `/latest` beside the main thread, each with its own store
         * connection, so a burst of it uses more than one core. 0 = answer it on the main thread
         * (always so for `sqlite::memory:`, which one thread cannot share).
         */
        commandThreads: z.number().int().min(0).max(8).default(1),
      })
      .prefault({}),
    ingest: z
      .strictObject({
        /**
         * How often each feed is polled. At least one second (1/60): the ingest loop wakes at most once
         * a second, so a shorter interval cannot be kept and would only mean "every feed, every cycle".
         */
        intervalMinutes: z
          .number()
          .min(minIntervalMinutes, {
            error: (issue) =>
              `${String(issue.input)} minutes is ${Math.round(Number(issue.input) * 60_000)} ms; the ingest loop wakes at most once a second, so at least 1/60 (one second)`,
          })
          .max(1440)
          .default(10),
        timeoutMs: z.number().int().positive().max(120_000).default(15_000),
        maxBodyBytes: z
          .number()
          .int()
          .positive()
          .default(5 * 1024 * 1024),
        maxRedirects: z.number().int().min(0).max(10).default(5),
        /** Consecutive failures after which a feed is disabled. */
        maxFailures: z.number().int().positive().default(10),
        /** Upper bound of the exponential backoff after failures. */
        maxBackoffMinutes: z.number().positive().default(360),
        /** Announce articles from a feed's very first fetch (normally they only seed the store). */
        announceFirstFetch: z.boolean().default(false),
        /** Parallel fetches. */
        concurrency: z.number().int().positive().max(256).default(16),
        /** Hosts, IPs or CIDRs that may be fetched even though they are private (tests, intranets). */
        allowPrivate: z.array(allowEntry).default([]),
        /**
         * How long a replica holds the stored articles it is extracting claims from (a batch takes well
         * under a second); a replica that dies mid-batch leaves them to others after this.
         */
        processLeaseSeconds: z.number().min(1).max(3600).default(60),
      })
      .prefault({}),
    delivery: z
      .strictObject({
        /** Attempts per briefing (the first included) before it is marked failed. */
        maxAttempts: z.number().int().min(1).max(50).default(8),
        /** Wait after a first failed send; doubles per attempt, with jitter. */
        retryBaseSeconds: z.number().positive().max(3600).default(15),
        /** Longest wait between attempts (a platform's Retry-After is honoured beyond it). */
        retryMaxSeconds: z.number().positive().max(86_400).default(900),
        /**
         * How long a replica holds a briefing it is sending; a replica that dies mid-send leaves it to
         * another after this. Longer than any one send (all parts, with timeouts) may take.
         */
        leaseSeconds: z.number().min(1).max(3600).default(120),
        /** How often each replica re-reads subscriptions changed elsewhere (its own changes apply at once). */
        syncSeconds: z.number().min(0.1).max(3600).default(10),
      })
      .prefault({}),
    slack: z
      .strictObject({
        /** Slack user ids (U…) allowed to run admin commands besides workspace admins and owners. */
        admins: z
          .array(z.string().regex(/^[UW][A-Z0-9]+$/, "expected a Slack user id such as U012AB3CD"))
          .default([]),
      })
      .prefault({}),
    feeds: z.array(feedConfigSchema).default([]),
    topics: z.array(topicConfigSchema).default([]),
    schedules: z.array(scheduleConfigSchema).default([]),
  })
  .superRefine(refineTopicReferences);

/** The workspace whose topics every workspace sees. */
const defaultWorkspace = "default";

/** Topic names are unique per workspace, and every schedule names a topic the file defines. */
function refineTopicReferences(
  config: { topics: TopicConfig[]; schedules: ScheduleConfig[] },
  context: z.RefinementCtx,
): void {
  const firstIndex = new Map<string, number>();
  for (const [index, topic] of config.topics.entries()) {
    const key = `${topic.workspace}\n${topic.name}`;
    const first = firstIndex.get(key);
    if (first === undefined) firstIndex.set(key, index);
    else
      context.addIssue({
        code: "custom",
        path: ["topics", index, "name"],
        message: `duplicate topic "${topic.name}" in workspace "${topic.workspace}" (also topics[${first}])`,
      });
  }
  for (const [index, schedule] of config.schedules.entries()) {
    // A schedule sees its workspace's topics and the default ones, like the bot does.
    const known = config.topics
      .filter((topic) => topic.workspace === schedule.workspace || topic.workspace === defaultWorkspace)
      .map((topic) => topic.name);
    if (known.includes(schedule.topic)) continue;
    const list = known.length === 0 ? "none" : [...new Set(known)].sort().join(", ");
    context.addIssue({
      code: "custom",
      path: ["schedules", index, "topic"],
      message: `unknown topic "${schedule.topic}" (topics in workspace "${schedule.workspace}": ${list})`,
    });
  }
}

export type Config = z.infer<typeof configSchema>;
export type FeedConfig = z.infer<typeof feedConfigSchema>;
export type TopicConfig = z.infer<typeof topicConfigSchema>;
export type ScheduleConfig = z.infer<typeof scheduleConfigSchema>;
