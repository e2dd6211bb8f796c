import { z } from "zod";
import type { CommandOptions } from "../command-request.js";
import type { OptionSpec } from "../command-specs.js";

/** Option values after validation: trimmed strings (empty ones dropped), booleans, or undefined. */
export type ParsedOptions = Readonly<Record<string, string | boolean | undefined>>;

/** Validated options, or the one-line reason why not ("Missing “query”: …"). */
export type OptionsResult = { ok: true; values: ParsedOptions } | { ok: false; problem: string };

const schemas = new WeakMap<readonly OptionSpec[], z.ZodType<ParsedOptions>>();

/**
 * Validate option values at the edge, against the command's own spec: required ones present,
 * none longer than its `maxLength`, flags boolean (Slack's text form may send "true"/"yes").
 * Unknown options are dropped. Schemas are built once per spec.
 */
export function parseOptions(specs: readonly OptionSpec[], options: CommandOptions): OptionsResult {
  let schema = schemas.get(specs);
  if (schema === undefined) {
    schema = z.object(Object.fromEntries(specs.map((spec) => [spec.name, optionSchema(spec)])));
    schemas.set(specs, schema);
  }
  const result = schema.safeParse(options);
  if (result.success) return { ok: true, values: result.data };
  return { ok: false, problem: result.error.issues[0]?.message ?? "Invalid options." };
}

function optionSchema(spec: OptionSpec): z.ZodType<string | boolean | undefined> {
  const name = `“${spec.name}”`;
  if (spec.type === "boolean") {
    const flag = z.boolean({ error: `${name} must be true or false.` });
    return z.preprocess(toBoolean, spec.required ? flag : flag.optional());
  }
  let text = z
    .string({
      error: (issue) =>
        issue.input === undefined ? `Missing ${name}: ${spec.description}.` : `${name} must be text.`,
    })
    .trim();
  if (spec.maxLength !== undefined) {
    text = text.max(spec.maxLength, `${name} is too long: at most ${spec.maxLength} characters.`);
  }
  // An empty or blank value is the same as leaving the option out.
  return z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    spec.required ? text : text.optional(),
  );
}

function toBoolean(value: unknown): unknown {
  if (typeof value !== "string") return value;
  const word = value.trim().toLowerCase();
  if (["true", "yes", "on", "1", "public"].includes(word)) return true;
  if (["false", "no", "off", "0"].includes(word)) return false;
  return value;
}
