import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import type { DiscordMessage } from "../../../../src/chat/discord/render-types.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..");
export const discordSpecPath = path.resolve(repoRoot, "../shared/specs/discord/openapi.json");

let compiled: Ajv2020.default | undefined;

/** Ajv with the whole spec added under an $id, so its internal `#/components/...` references resolve. */
function specAjv(): Ajv2020.default | null {
  if (compiled !== undefined) return compiled;
  if (!existsSync(discordSpecPath)) return null;
  const spec: unknown = JSON.parse(readFileSync(discordSpecPath, "utf8"));
  const ajv = new Ajv2020.default({ strict: false, allErrors: true, validateFormats: true });
  addFormats.default(ajv);
  ajv.addFormat("nonce", true);
  ajv.addFormat("snowflake", true);
  ajv.addSchema(spec as object, "discord-openapi");
  compiled = ajv;
  return ajv;
}

/**
 * Validate a payload against one of the spec's component schemas (`MessageCreateRequest`,
 * `CreateMessageInteractionCallbackRequest`, `ApplicationCommandUpdateRequest`…). Returns the
 * problems found (empty when valid), or null when the spec is not present on this machine.
 */
export function createDiscordSchemaValidator(schema: string): ((payload: unknown) => string[]) | null {
  const ajv = specAjv();
  if (ajv === null) return null;
  const validate = ajv.compile({ $ref: `discord-openapi#/components/schemas/${schema}` });
  return (payload) => {
    if (validate(payload)) return [];
    return (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message ?? ""}`);
  };
}

/** Validate a message against MessageCreateRequest from Discord's OpenAPI 3.1 spec (null without the spec). */
export function createDiscordSpecValidator(): ((message: unknown) => string[]) | null {
  return createDiscordSchemaValidator("MessageCreateRequest");
}

/** Like `createDiscordSchemaValidator`, but fails loudly when the spec is missing: no check passes by not running. */
export function requireDiscordSchema(schema: string): (payload: unknown) => string[] {
  const validate = createDiscordSchemaValidator(schema);
  if (validate === null) throw new Error(`Discord's OpenAPI spec is missing at ${discordSpecPath}`);
  return validate;
}

/**
 * Discord's documented limits, including those the spec lacks (6000 across embeds, content 2000).
 * Written out here on purpose rather than imported from the renderer's `discordLimits`: a wrong
 * constant in the renderer must fail this check, not pass it by agreeing with itself.
 */
export const discordLimitTable = {
  content: 2000,
  embeds: 10,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  total: 6000,
} as const;

/** Every limit problem of one message, as readable strings; empty when it may be posted. */
export function checkDiscordLimits(message: DiscordMessage): string[] {
  const problems: string[] = [];
  const limit = (what: string, value: number, max: number) => {
    if (value > max) problems.push(`${what} is ${value} > ${max}`);
  };
  limit("content", message.content?.length ?? 0, discordLimitTable.content);
  limit("embeds", message.embeds.length, discordLimitTable.embeds);
  if (message.content === undefined && message.embeds.length === 0) problems.push("empty message");
  if (JSON.stringify(message.allowed_mentions) !== JSON.stringify({ parse: [] }))
    problems.push("allowed_mentions is not { parse: [] }");
  let total = 0;
  message.embeds.forEach((embed, index) => {
    limit(`embed ${index} title`, embed.title?.length ?? 0, discordLimitTable.title);
    limit(`embed ${index} description`, embed.description?.length ?? 0, discordLimitTable.description);
    limit(`embed ${index} fields`, embed.fields?.length ?? 0, discordLimitTable.fields);
    limit(`embed ${index} footer`, embed.footer?.text.length ?? 0, discordLimitTable.footer);
    total += (embed.title?.length ?? 0) + (embed.description?.length ?? 0) + (embed.footer?.text.length ?? 0);
    for (const field of embed.fields ?? []) {
      limit(`embed ${index} field name`, field.name.length, discordLimitTable.fieldName);
      limit(`embed ${index} field value`, field.value.length, discordLimitTable.fieldValue);
      if (field.name.trim() === "" || field.value.trim() === "")
        problems.push(`embed ${index} has an empty field`);
      total += field.name.length + field.value.length;
    }
  });
  limit("all embeds together", total, discordLimitTable.total);
  return problems;
}
