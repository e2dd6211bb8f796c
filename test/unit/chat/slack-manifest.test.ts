import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Ajv from "ajv";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { z } from "zod";
import { parseSlackCommand } from "../../../src/chat/slack/commands.js";
import { slackUsage } from "../../../src/chat/slack/slack-usage.js";
import { commandSpecs } from "../../../src/commands/command-specs.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const schemaDir = path.resolve(repoRoot, "../shared/specs/slack/manifest-schema");
const readJson = (file: string): object => JSON.parse(readFileSync(path.join(schemaDir, file), "utf8"));
const manifest: unknown = parse(readFileSync(path.join(repoRoot, "config/slack-manifest.yaml"), "utf8"));

const manifestShape = z.object({
  features: z.object({
    slash_commands: z.array(
      z.object({ command: z.string(), usage_hint: z.string(), url: z.string(), should_escape: z.boolean() }),
    ),
  }),
  oauth_config: z.object({ scopes: z.object({ bot: z.array(z.string()) }) }),
  settings: z.object({
    socket_mode_enabled: z.boolean(),
    interactivity: z.object({ is_enabled: z.boolean() }),
  }),
});

/** slackapi/manifest-schema: the top schema picks v1 or v2 by `_metadata`, both referenced by URL. */
const validate = (() => {
  const ajv = new Ajv.default({ strict: false, allErrors: true });
  const base = "https://raw.githubusercontent.com/slackapi/manifest-schema/v0.5.0/schemas";
  ajv.addSchema(readJson("manifest.schema.1.0.0.json"), `${base}/manifest.schema.1.0.0.json`);
  ajv.addSchema(readJson("manifest.schema.2.0.0.json"), `${base}/manifest.schema.2.0.0.json`);
  return ajv.compile(readJson("manifest.schema.json"));
})();

function validateManifest(value: unknown): string[] {
  if (validate(value)) return [];
  return (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message ?? ""}`);
}

describe("config/slack-manifest.yaml", () => {
  it("when validated against Slack's app-manifest schema, then it has no errors", () => {
    expect(validateManifest(manifest)).toEqual([]);
  });

  it("when the manifest is broken, then the schema check says so (the check itself works)", () => {
    const broken = {
      display_information: { name: "" },
      features: { slash_commands: [{ command: "latest" }] },
    };
    expect(validateManifest(broken).length).toBeGreaterThan(0);
  });

  it("when its commands are compared with commandSpecs, then /latest and /newsbrief cover every command", () => {
    const { features } = manifestShape.parse(manifest);
    const byCommand = new Map(features.slash_commands.map((command) => [command.command, command]));
    expect([...byCommand.keys()]).toEqual(["/latest", "/newsbrief"]);
    expect(byCommand.get("/latest")?.usage_hint).toBe(slackUsage.latest.replace("/latest ", ""));
    const hint = byCommand.get("/newsbrief")?.usage_hint ?? "";
    for (const spec of commandSpecs.filter((candidate) => candidate.name !== "latest")) {
      expect(hint.split(/[\s|]+/u), `the /newsbrief hint names ${spec.name}`).toContain(spec.name);
      for (const sub of spec.subcommands ?? []) expect(hint, `${spec.name} ${sub.name}`).toContain(sub.name);
      // Known to the parser: either that command, or a request for its missing arguments, not the help.
      const parsed = parseSlackCommand("/newsbrief", spec.name);
      expect(parsed.kind === "invalid" || parsed.command === spec.name, spec.name).toBe(true);
    }
    for (const command of features.slash_commands) {
      expect(command.url).toMatch(/\/slack\/events$/u);
      expect(command.should_escape).toBe(false);
    }
  });

  it("when its scopes and settings are read, then Socket Mode, interactivity and every scope used are on", () => {
    const { oauth_config, settings } = manifestShape.parse(manifest);
    expect(oauth_config.scopes.bot).toEqual(
      expect.arrayContaining(["commands", "chat:write", "users:read", "channels:history", "groups:history"]),
    );
    expect(settings.socket_mode_enabled).toBe(true);
    expect(settings.interactivity.is_enabled).toBe(true);
  });
});
