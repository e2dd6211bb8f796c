import { z } from "zod";

const optionalSecret = z
  .string()
  .optional()
  .transform((value) => (value === undefined || value.trim() === "" ? undefined : value.trim()));

const optionalUrl = optionalSecret.refine(
  (value) => value === undefined || (/^https?:\/\//.test(value) && URL.canParse(value)),
  "expected an http(s) URL",
);

/** Every environment variable newsbrief reads. config/.env.example lists the same names. */
export const envSchema = z.object({
  /** Config file to use instead of config/default.yaml (same as `--config FILE`). */
  NEWSBRIEF_CONFIG: optionalSecret,
  /** `sqlite:PATH`, `sqlite::memory:` or `postgres://…`; default: SQLite in bot.dataDir. */
  DATABASE_URL: optionalSecret.refine(
    (value) => value === undefined || /^(sqlite:.+|postgres(ql)?:\/\/.+)$/.test(value),
    'expected "sqlite:PATH" or "postgres://…"',
  ),
  /** debug | info | warn | error */
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
  /** json (default: one pino JSON line per event) | text (`TIME LEVEL message key=value`, for people). */
  LOG_FORMAT: z.enum(["json", "text"]).default("json"),
  /** Port of the HTTP server (health, readiness, metrics, Slack events); overrides bot.httpPort. */
  PORT: z
    .string()
    .optional()
    .transform((value) => (value === undefined || value.trim() === "" ? undefined : value.trim()))
    .refine((value) => value === undefined || (/^\d{1,5}$/.test(value) && Number(value) <= 65535), {
      message: "expected a port number 0-65535",
    })
    .transform((value) => (value === undefined ? undefined : Number(value))),
  /** Address the HTTP server binds (overrides bot.httpHost): "0.0.0.0" in containers. */
  HTTP_HOST: optionalSecret,
  /** Discord bot token (Bot … in the Developer Portal, "Bot" page). */
  DISCORD_TOKEN: optionalSecret,
  /** Discord application id (Developer Portal, "General Information"). */
  DISCORD_APPLICATION_ID: optionalSecret,
  /** Discord application public key: verifies signed HTTP interactions when they are used. */
  DISCORD_PUBLIC_KEY: optionalSecret,
  /** Discord REST base URL, for tests against a stand-in ("http://127.0.0.1:PORT/api"); default discord.com. */
  DISCORD_API_URL: optionalUrl,
  /** Slack bot token (xoxb-…). */
  SLACK_BOT_TOKEN: optionalSecret,
  /** Slack signing secret: verifies every HTTP request from Slack. */
  SLACK_SIGNING_SECRET: optionalSecret,
  /** Slack app-level token (xapp-…): when set, Socket Mode is used and no public URL is needed. */
  SLACK_APP_TOKEN: optionalSecret,
  /** Slack Web API base URL ending in "/api/", for tests against a stand-in; default slack.com. */
  SLACK_API_URL: optionalUrl,
});

export type Env = z.infer<typeof envSchema>;
