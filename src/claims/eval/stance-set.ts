import { readFileSync } from "node:fs";
import { z } from "zod";

/** What a stance-set item says an attribution does; "none" marks text that attributes nothing. */
export const stanceLabels = ["denies", "confirms", "asserts", "question", "none"] as const;
export type StanceLabel = (typeof stanceLabels)[number];

const offsets = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]);

/**
 * One hand-labelled attribution of a PolNeAR article, as offsets only: the texts stay in
 * ../shared/eval/polnear and are read at run time (test/fixtures/claims/README.md).
 */
export const stanceItemSchema = z.object({
  /** PolNeAR article id. */
  id: z.string(),
  /** The split the article comes from. */
  split: z.enum(["train", "dev"]),
  /** The gold cue spans, [start, end) into the article text. */
  cue: z.array(offsets),
  /** The gold content spans. */
  content: z.array(offsets),
  /** The label by the definitions in ARCHITECTURE.md "Claim contract". */
  label: z.enum(stanceLabels),
  /** True when the content itself is negated (claims only). */
  negated: z.boolean().optional(),
  /** A mention naming who really spoke (the antecedent of a pronoun); null when nobody can be named. */
  speaker: offsets.nullable().optional(),
  /** True when `speaker` lies outside the source span: the source needs resolving. */
  resolve: z.boolean().optional(),
});

export type StanceItem = z.infer<typeof stanceItemSchema>;

/** Read a stance set (JSON Lines); throws naming the line of the first bad record. */
export function readStanceSet(filePath: string): StanceItem[] {
  const items: StanceItem[] = [];
  readFileSync(filePath, "utf8")
    .split("\n")
    .forEach((line, index) => {
      if (line.trim() === "") return;
      const parsed = stanceItemSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${filePath}:${index + 1}: ${z.prettifyError(parsed.error)}`);
      items.push(parsed.data);
    });
  return items;
}
