import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../../src/config/load-config.js";
import { createAddressGuard } from "../../../src/ingest/address-guard.js";
import { useTempDir } from "../../support/temp-dir.js";

const tempDir = useTempDir();

function load(yaml: string) {
  const file = path.join(tempDir(), "bot.yaml");
  writeFileSync(file, yaml);
  return loadConfig({ configPath: file, env: {} });
}

function refusal(yaml: string): string {
  try {
    load(yaml);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error("expected a ConfigError");
}

const topics = (...names: string[]) =>
  ["topics:", ...names.flatMap((name) => [`  - name: ${name}`, "    query: peace"])].join("\n");

const schedule = (topic: string) =>
  ["schedules:", "  - channel: console", `    topic: ${topic}`, '    cron: "0 8 * * *"'].join("\n");

describe("configuration that cannot work is refused at startup, naming the key", () => {
  it.each([
    ["10.0.0.0/33", "prefix longer than IPv4 has"],
    ["::1/129", "prefix longer than IPv6 has"],
    ["10.0.0.0/", "empty prefix"],
    ["10.0.0.0/8x", "prefix not a number"],
    ["intranet.example/16", "prefix on a host name"],
    ["10.0.0.256", "IPv4 address out of range"],
    ["http://intranet.example/", "a URL"],
    ["intra net", "a space"],
    ["", "empty"],
    ["fe80::1%eth0", "a zone id"],
  ])("when ingest.allowPrivate holds %j (%s), then the entry is named", (entry) => {
    const message = refusal(`ingest:\n  allowPrivate: ["127.0.0.1", ${JSON.stringify(entry)}]\n`);
    expect(message).toContain(
      `ingest.allowPrivate[1]: ${JSON.stringify(entry)} is not a host name, IP address or CIDR`,
    );
  });

  it("when ingest.allowPrivate holds hosts, IPs and CIDRs of both families, then they load and open the guard", () => {
    const entries = ["localhost", "intranet.example.", "feeds_01.lan", "10.1.0.0/16", "[::1]", "fd00::/8"];
    const { config } = load(`ingest:\n  allowPrivate: ${JSON.stringify(entries)}\n`);
    const guard = createAddressGuard(config.ingest.allowPrivate);
    expect(guard.isAllowedHost("intranet.example")).toBe(true);
    expect(guard.isBlockedAddress("10.1.2.3")).toBe(false);
    expect(guard.isBlockedAddress("fd12::1")).toBe(false);
    expect(guard.isBlockedAddress("::1")).toBe(false);
  });

  it("when a schedule names a topic the file does not define, then the schedule's topic is named with the known ones", () => {
    const message = refusal(`${topics("peace-plan", "energy")}\n${schedule("peace-plna")}\n`);
    expect(message).toContain(
      'schedules[0].topic: unknown topic "peace-plna" (topics in workspace "default": energy, peace-plan)',
    );
  });

  it("when a schedule's topic only exists in another workspace, then it is unknown too", () => {
    const yaml = `topics:\n  - name: energy\n    query: gas\n    workspace: T123\n${schedule("energy")}\n`;
    expect(refusal(yaml)).toContain(
      'schedules[0].topic: unknown topic "energy" (topics in workspace "default": none)',
    );
  });

  it("when two topics of one workspace share a name, then the second is named and the first pointed at", () => {
    const message = refusal(`${topics("peace-plan", "energy", "peace-plan")}\n`);
    expect(message).toContain(
      'topics[2].name: duplicate topic "peace-plan" in workspace "default" (also topics[0])',
    );
  });

  it("when topics of different workspaces share a name, then that is fine", () => {
    const yaml =
      "topics:\n  - name: energy\n    query: gas\n  - name: energy\n    query: oil\n    workspace: T1\n";
    expect(load(yaml).config.topics.map((topic) => topic.workspace)).toEqual(["default", "T1"]);
  });

  it.each([0.001, 0.016, 0])(
    "when ingest.intervalMinutes is %s (under a second), then it is refused with the milliseconds it means",
    (minutes) => {
      expect(refusal(`ingest:\n  intervalMinutes: ${minutes}\n`)).toContain(
        `ingest.intervalMinutes: ${minutes} minutes is ${Math.round(minutes * 60_000)} ms; the ingest loop wakes at most once a second, so at least 1/60 (one second)`,
      );
    },
  );

  it("when ingest.intervalMinutes is a little over a second, then it loads (fast tests and local feeds)", () => {
    expect(load("ingest:\n  intervalMinutes: 0.02\n").config.ingest.intervalMinutes).toBe(0.02);
  });

  it("when an allow-list that skipped validation reaches the guard, then the guard names the entry", () => {
    expect(() => createAddressGuard(["10.0.0.0/33"])).toThrow(
      'allow-list entry "10.0.0.0/33" is not a host name, IP address or CIDR',
    );
  });

  it.each(["-1", "9", "1.5", "two"])(
    "when bot.commandThreads is %s, then it is refused, naming the key",
    (value) => {
      expect(refusal(`bot:\n  commandThreads: ${value}\n`)).toContain("bot.commandThreads");
    },
  );

  it("when bot.commandThreads is left out or 0, then /latest gets one thread, or none", () => {
    expect(load("bot: {}\n").config.bot.commandThreads).toBe(1);
    expect(load("bot:\n  commandThreads: 0\n").config.bot.commandThreads).toBe(0);
  });
});
