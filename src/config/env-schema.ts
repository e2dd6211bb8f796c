import { z } from "zod";

const optionalSecret = z
  .string()
  .optional()
  .transform((value) => (value === undefined || value.trim() === "" ? undefined : value.trim()));

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
  DISCORD_TOKEN: optionalSecret,
  DISCORD_APPLICATION_ID: optionalSecret,
  DISCORD_PUBLIC_KEY: optionalSecret,
  SLACK_BOT_TOKEN: optionalSecret,
  SLACK_SIGNING_SECRET: optionalSecret,
  SLACK_APP_TOKEN: optionalSecret,
});

export type Env = z.infer<typeof envSchema>;
