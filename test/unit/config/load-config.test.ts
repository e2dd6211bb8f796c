import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, defaultConfigPath, loadConfig } from "../../../src/config/load-config.js";
import { useTempDir } from "../../support/temp-dir.js";

const tempDir = useTempDir();

function configFile(yaml: string): string {
  const file = path.join(tempDir(), "bot.yaml");
  writeFileSync(file, yaml);
  return file;
}

function errorOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error("expected a ConfigError");
}

describe("loadConfig", () => {
  it("when nothing is set, then the shipped default config loads with SQLite in ./data", () => {
    const loaded = loadConfig({ env: {} });
    expect(loaded.configPath).toBe(defaultConfigPath);
    expect(loaded.config.topics.map((topic) => topic.name)).toContain("peace-plan");
    expect(loaded.databaseUrl).toBe(`sqlite:${path.resolve("data", "newsbrief.db")}`);
  });

  it("when NEWSBRIEF_CONFIG names a file, then that file is read, and --config wins over it", () => {
    const fromEnv = configFile("feeds: []\n");
    const fromFlag = configFile("ingest:\n  intervalMinutes: 3\n");
    expect(loadConfig({ env: { NEWSBRIEF_CONFIG: fromEnv } }).configPath).toBe(fromEnv);
    const loaded = loadConfig({ configPath: fromFlag, env: { NEWSBRIEF_CONFIG: fromEnv } });
    expect(loaded.configPath).toBe(fromFlag);
    expect(loaded.config.ingest.intervalMinutes).toBe(3);
  });

  it("when a feed URL is not http(s), then the error names the file, the key and the expectation", () => {
    const file = configFile(
      "feeds:\n  - url: https://a.example/rss\n  - url: https://b.example/rss\n  - url: ftp://c.example/rss\n",
    );
    const message = errorOf(() => loadConfig({ configPath: file, env: {} }));
    expect(message).toContain(file);
    expect(message).toContain("feeds[2].url: expected an http(s) URL");
  });

  it("when a schedule's cron is invalid, then the message quotes it", () => {
    const file = configFile(
      'schedules:\n  - channel: console\n    topic: peace-plan\n    cron: "61 * * * *"\n',
    );
    expect(errorOf(() => loadConfig({ configPath: file, env: {} }))).toContain(
      'schedules[0].cron: "61 * * * *" is not a valid cron expression',
    );
  });

  it("when a time zone is unknown, then it is named", () => {
    const file = configFile(
      'schedules:\n  - channel: console\n    topic: peace-plan\n    cron: "0 8 * * *"\n    timezone: Europe/Atlantis\n',
    );
    expect(errorOf(() => loadConfig({ configPath: file, env: {} }))).toContain(
      'schedules[0].timezone: "Europe/Atlantis" is not a known IANA time zone',
    );
  });

  it("when a topic's query does not parse, then startup names the topic and the spot", () => {
    const file = configFile('topics:\n  - name: peace-plan\n    query: "(Ukraine OR Kyiv plan"\n');
    expect(errorOf(() => loadConfig({ configPath: file, env: {} }))).toMatch(
      /topics\[0\]\.query: unbalanced parenthesis at character 1/,
    );
  });

  it("when a key is unknown, then it is an error rather than silently ignored", () => {
    const file = configFile("ingest:\n  intervalMinutes: 5\n  intervalMinuets: 7\n");
    expect(errorOf(() => loadConfig({ configPath: file, env: {} }))).toMatch(
      /ingest: Unrecognized key: "intervalMinuets"/,
    );
  });

  it("when DATABASE_URL is set, then it is used, and a malformed one is rejected", () => {
    const file = configFile("{}\n");
    expect(loadConfig({ configPath: file, env: { DATABASE_URL: "sqlite:/tmp/x.db" } }).databaseUrl).toBe(
      "sqlite:/tmp/x.db",
    );
    expect(errorOf(() => loadConfig({ configPath: file, env: { DATABASE_URL: "mysql://x" } }))).toContain(
      'DATABASE_URL: expected "sqlite:PATH" or "postgres://…"',
    );
  });

  it("when the file is missing or not YAML, then the error says so", () => {
    expect(errorOf(() => loadConfig({ configPath: "/nonexistent/bot.yaml", env: {} }))).toBe(
      "/nonexistent/bot.yaml: file not found",
    );
    const file = configFile("feeds: [\n");
    expect(errorOf(() => loadConfig({ configPath: file, env: {} }))).toContain("not valid YAML");
  });
});
