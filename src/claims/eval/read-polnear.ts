import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { z } from "zod";
import type { Attribution } from "./score-attributions.js";

const spanSchema = z.object({ start: z.number().int(), end: z.number().int(), text: z.string() });

/** One article of a PolNeAR-format JSON Lines file (../shared/eval/polnear/README.md). */
export const polnearArticleSchema = z.object({
  id: z.string(),
  date: z.string().optional(),
  text: z.string(),
  attributions: z.array(
    z.object({ cue: z.array(spanSchema), sources: z.array(spanSchema), contents: z.array(spanSchema) }),
  ),
});

export interface PolnearArticle {
  /** Article id. */
  id: string;
  /** Publication date (YYYY-MM-DD) when the file gives one. */
  date?: string | undefined;
  /** Article text; spans index into it. */
  text: string;
  /** Gold attributions. */
  attributions: Attribution[];
}

/** Read and validate a PolNeAR-format file; throws naming the line of the first bad record. */
export async function readPolnear(
  filePath: string,
  limit = Number.POSITIVE_INFINITY,
): Promise<PolnearArticle[]> {
  const articles: PolnearArticle[] = [];
  const lines = createInterface({
    input: createReadStream(filePath, "utf8"),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber++;
    if (line.trim() === "") continue;
    if (articles.length >= limit) break;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch (error) {
      throw new Error(`${filePath}:${lineNumber}: not valid JSON (${(error as Error).message})`);
    }
    const parsed = polnearArticleSchema.safeParse(raw);
    if (!parsed.success) throw new Error(`${filePath}:${lineNumber}: ${z.prettifyError(parsed.error)}`);
    articles.push(parsed.data);
  }
  return articles;
}
