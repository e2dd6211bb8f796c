import { z } from "zod";
import type { Claim } from "../claims/claim.js";

const spanSchema = z.object({
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

const speakerSchema = spanSchema.extend({
  name: z.string().nullable(),
  role: z.string().nullable(),
  org: z.string().nullable(),
  kind: z.enum(["person", "organization", "media", "government", "group", "unnamed", "unresolved"]),
  side: z.string().nullable(),
});

export const stanceSchema = z.enum(["asserts", "denies", "confirms"]);

/**
 * The Claim contract as zod, for the JSON text in `claims.claim`. `satisfies` keeps it in step
 * with src/claims/claim.ts: a new required field there fails the type check here.
 */
export const claimRowSchema = z.object({
  speaker: speakerSchema.nullable(),
  cue: spanSchema,
  content: spanSchema,
  direct: z.boolean(),
  stance: stanceSchema,
  negated: z.boolean(),
  // Optional: rows stored before claims carried them have neither, and read as before.
  confidence: z.number().min(0).max(1).optional(),
  question: z.boolean().optional(),
}) satisfies z.ZodType<Claim>;
