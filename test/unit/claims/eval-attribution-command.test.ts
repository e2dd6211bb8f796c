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

/** A corpus of one article and a stance set over it, both written here (offsets only in the set). */
function writeStanceCorpus(): { corpus: string; stance: string } {
  const text =
    "Peskov denied that Moscow had seen the draft. Umerov met Driscoll in Kyiv. He said the meeting was useful. Rubio said talks would not resume this week.";
  const at = (part: string): [number, number] => [text.indexOf(part), text.indexOf(part) + part.length];
  const article = { id: "s1", text, attributions: [] };
  const items = [
    {
      id: "s1",
      split: "dev",
      cue: [at("denied")],
      content: [at("that Moscow had seen the draft")],
      label: "denies",
      negated: false,
      speaker: at("Peskov"),
    },
    {
      id: "s1",
      split: "dev",
      cue: [at("He said")],
      content: [at("the meeting was useful")],
      label: "asserts",
      negated: false,
      speaker: at("Umerov"),
      resolve: true,
    },
    {
      id: "s1",
      split: "dev",
      cue: [at("Rubio said").map((n) => n + 6) as [number, number]],
      content: [at("talks would not resume this week")],
      label: "asserts",
      negated: true,
      speaker: at("Rubio"),
    },
  ];
  const dir = mkdtempSync(path.join(tmpdir(), "eval-stance-"));
  const corpus = path.join(dir, "corpus.jsonl");
  const stance = path.join(dir, "stance.jsonl");
  writeFileSync(corpus, `${JSON.stringify(article)}\n`);
  writeFileSync(stance, `${items.map((item) => JSON.stringify(item)).join("\n")}\n`);
  return { corpus, stance };
}

describe("newsbrief eval-attribution", () => {
  it("when a stance set is given, then stance precision and recall per label and speaker accuracy are printed and in --json", async () => {
    const { corpus, stance } = writeStanceCorpus();
    const { io, out } = makeIo("");
    expect(await evalAttributionCommand([corpus, "--stance", stance, "--json"], io)).toBe(0);
    const lines = out().trim().split("\n");
    expect(lines.some((line) => line.startsWith("denies"))).toBe(true);
    expect(lines.some((line) => line.startsWith("speaker right after resolution"))).toBe(true);
    const json = JSON.parse(lines[lines.length - 1] ?? "{}") as {
      stance: {
        all: {
          labels: Record<string, { predicted: number; gold: number; hits: number }>;
          speaker: { judged: number; right: number };
          resolved: { judged: number; right: number };
        };
      };
    };
    expect(json.stance.all.labels.denies).toEqual({ predicted: 1, gold: 1, hits: 1 });
    expect(json.stance.all.labels.asserts).toEqual({ predicted: 2, gold: 2, hits: 2 });
    expect(json.stance.all.speaker).toEqual({ judged: 3, right: 3 });
    expect(json.stance.all.resolved).toEqual({ judged: 1, right: 1 });
  });

  it("when the stance set is missing, then it says so and exits with 2", async () => {
    const { corpus } = writeStanceCorpus();
    const { io, err } = makeIo("");
    expect(await evalAttributionCommand([corpus, "--stance", "/nonexistent/set.jsonl"], io)).toBe(2);
    expect(err()).toContain("file not found");
  });

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
