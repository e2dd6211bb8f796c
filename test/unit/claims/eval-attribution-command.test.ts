import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { evalAttributionCommand } from "../../../src/cli/eval-attribution-command.js";
import { makeIo } from "./cli-io-factory.js";

function span(text: string, part: string, from = 0): { start: number; end: number; text: string } {
  const start = text.indexOf(part, from);
  return { start, end: start + part.length, text: part };
}

function writeCorpus(): string {
  const text = "Peskov said the plan had not arrived. The weather was fine. Talks will resume, Umerov said.";
  const article = {
    id: "t1",
    text,
    attributions: [
      {
        cue: [span(text, "said")],
        sources: [span(text, "Peskov")],
        contents: [span(text, "the plan had not arrived")],
      },
      {
        cue: [span(text, "said", 40)],
        sources: [span(text, "Umerov")],
        contents: [span(text, "Talks will resume")],
      },
      { cue: [span(text, "was")], sources: [span(text, "The weather")], contents: [span(text, "fine")] },
    ],
  };
  const dir = mkdtempSync(path.join(tmpdir(), "eval-attribution-"));
  const file = path.join(dir, "mini.jsonl");
  writeFileSync(file, `${JSON.stringify(article)}\n`);
  return file;
}

describe("newsbrief eval-attribution", () => {
  it("when the extractor finds two of three gold attributions exactly, then P=1 and R=2/3 with --json", async () => {
    const { io, out } = makeIo("");
    expect(await evalAttributionCommand([writeCorpus(), "--json"], io)).toBe(0);
    const lines = out().trim().split("\n");
    const json = JSON.parse(lines[lines.length - 1] ?? "{}") as {
      scores: { source: { exact: { p: number; r: number } } };
    };
    expect(json.scores.source.exact.p).toBe(1);
    expect(json.scores.source.exact.r).toBeCloseTo(2 / 3);
    expect(lines.some((l) => l.includes("articles/s"))).toBe(true);
    expect(lines[0]).toContain("exact");
  });

  it("when the file is missing, then it says so and exits with 2", async () => {
    const { io, err } = makeIo("");
    expect(await evalAttributionCommand(["/nonexistent/file.jsonl"], io)).toBe(2);
    expect(err()).toContain("file not found");
  });

  it("when asked for help, then the matching rules are explained", async () => {
    const { io, out } = makeIo("");
    expect(await evalAttributionCommand(["--help"], io)).toBe(0);
    expect(out()).toContain("one-to-one");
  });
});
