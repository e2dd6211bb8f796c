import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse as parseYaml } from "yaml";
import type { z } from "zod";
import { ConfigError } from "./config-error.js";
import { type Config, configSchema } from "./config-schema.js";
import { type Env, envSchema } from "./env-schema.js";
import { readWebhookUrls, type WebhookUrls } from "./webhook-urls.js";

/** The package root (where config/ and src/ live), whether running from src/ or dist/src/. */
export const packageRoot = findPackageRoot(path.dirname(fileURLToPath(import.meta.url)));

export const defaultConfigPath = path.join(packageRoot, "config", "default.yaml");

export interface LoadedConfig {
  config: Config;
  env: Env;
  /** Absolute path of the YAML file that was read. */
  configPath: string;
  /** Database URL in effect: DATABASE_URL, else SQLite in bot.dataDir. */
  databaseUrl: string;
  /** Post-only webhooks named in the environment (DISCORD_WEBHOOK_<NAME>, SLACK_WEBHOOK_<NAME>). */
  webhooks: WebhookUrls;
  /** HTTP port in effect: PORT, else bot.httpPort (0 = no HTTP server). */
  httpPort: number;
  /** HTTP bind address in effect: HTTP_HOST, else bot.httpHost. */
  httpHost: string;
}

export { ConfigError };

/**
 * Read and validate configuration once, at startup. `configPath` (from `--config`) wins over
 * NEWSBRIEF_CONFIG, which wins over config/default.yaml. Throws ConfigError with every problem listed.
 */
export function loadConfig(options: { configPath?: string; env?: NodeJS.ProcessEnv } = {}): LoadedConfig {
  const rawEnv = options.env ?? process.env;
  const envResult = envSchema.safeParse(rawEnv);
  if (!envResult.success) {
    throw new ConfigError(`environment:\n${formatIssues(envResult.error)}`);
  }
  const env = envResult.data;
  const configPath = path.resolve(options.configPath ?? env.NEWSBRIEF_CONFIG ?? defaultConfigPath);
  if (!existsSync(configPath)) {
    throw new ConfigError(`${configPath}: file not found`);
  }
  let raw: unknown;
  try {
    raw = parseYaml(readFileSync(configPath, "utf8")) ?? {};
  } catch (error) {
    throw new ConfigError(`${configPath}: not valid YAML: ${(error as Error).message}`);
  }
  const result = configSchema.safeParse(raw);
  if (!result.success) {
    throw new ConfigError(`${configPath}:\n${formatIssues(result.error)}`);
  }
  const config = result.data;
  // Relative data directories are relative to the working directory, like every other CLI path.
  const dataDir = path.resolve(config.bot.dataDir);
  const databaseUrl = env.DATABASE_URL ?? `sqlite:${path.join(dataDir, "newsbrief.db")}`;
  const webhooks = readWebhookUrls(rawEnv);
  return {
    config,
    env,
    configPath,
    databaseUrl,
    webhooks,
    httpPort: env.PORT ?? config.bot.httpPort,
    httpHost: env.HTTP_HOST ?? config.bot.httpHost,
  };
}

function formatIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const key = issue.path.length > 0 ? `${formatPath(issue.path)}: ` : "";
      return `  ${key}${issue.message}`;
    })
    .join("\n");
}

/** feeds[2].url rather than feeds.2.url */
function formatPath(parts: PropertyKey[]): string {
  return parts.reduce<string>((out, part) => {
    if (typeof part === "number") return `${out}[${part}]`;
    return out === "" ? String(part) : `${out}.${String(part)}`;
  }, "");
}

function findPackageRoot(start: string): string {
  let dir = start;
  while (!existsSync(path.join(dir, "package.json"))) {
    const parent = path.dirname(dir);
    if (parent === dir) return start;
    dir = parent;
  }
  return dir;
}
