import { readFileSync } from "node:fs";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { packageRoot } from "../config/load-config.js";
import { createGazetteer, type Gazetteer } from "./gazetteer.js";

export type { Gazetteer } from "./gazetteer.js";

/** config/entities.yaml in the package, the gazetteer used when none is named. */
export const defaultGazetteerPath = path.join(packageRoot, "config", "entities.yaml");

/** A day as YAML gives it: a date (parsed to a Date) or a `YYYY-MM-DD` string. */
const isoDay = z.union([
  z.date().transform((date) => date.toISOString().slice(0, 10)),
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
]);

const entrySchema = z.object({
  name: z.string().min(1),
  kind: z.enum(["person", "organization", "media", "government", "group"]),
  side: z.string().min(1).nullable().default(null),
  role: z.string().min(1).nullable().default(null),
  org: z.string().min(1).nullable().default(null),
  gender: z.enum(["m", "f"]).nullable().default(null),
  aliases: z.array(z.string().min(1)).default([]),
  roles: z
    .array(
      z.object({
        role: z.string().min(1),
        org: z.string().min(1).nullable().default(null),
        from: isoDay.nullable().default(null),
        to: isoDay.nullable().default(null),
      }),
    )
    .optional(),
});

const fileSchema = z.object({
  sideWords: z.record(z.string(), z.array(z.string().min(1))).default({}),
  entities: z.array(entrySchema).default([]),
});

/** A gazetteer file that cannot be used; the message names the file and every problem. */
export class GazetteerError extends Error {
  readonly code = "gazetteer_invalid";
}

const cache = new Map<string, Gazetteer>();

/** Read and validate a gazetteer YAML file (default: config/entities.yaml); cached per path. */
export function loadGazetteer(filePath: string = defaultGazetteerPath): Gazetteer {
  const absolute = path.resolve(filePath);
  const cached = cache.get(absolute);
  if (cached) return cached;
  let raw: unknown;
  try {
    raw = parseYaml(readFileSync(absolute, "utf8")) ?? {};
  } catch (error) {
    throw new GazetteerError(`${absolute}: ${(error as Error).message}`, { cause: error });
  }
  const result = fileSchema.safeParse(raw);
  if (!result.success) {
    throw new GazetteerError(`${absolute}:\n${z.prettifyError(result.error)}`);
  }
  const gazetteer = createGazetteer(result.data.entities, result.data.sideWords);
  cache.set(absolute, gazetteer);
  return gazetteer;
}
