import { describe, expect, it } from "vitest";
import type { ExtractResult } from "../../../src/claims/claim.js";
import { extractCommand } from "../../../src/cli/extract-command.js";
import { makeIo } from "./cli-io-factory.js";

const line = (id: string, text: string): string => JSON.stringify({ id, text });

describe("newsbrief extract", () => {
  it("when articles arrive as JSON Lines, then one result line per article comes out in order", async () => {
    const { io, out } = makeIo(
      [
        line("a1", "Peskov said the plan had not arrived."),
        line("a2", "Nothing here."),
        line("a3", "Rubio said talks went well."),
      ].join("\n"),
    );
    expect(await extractCommand([], io)).toBe(0);
    const results = out()
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as ExtractResult);
    expect(results.map((r) => r.id)).toEqual(["a1", "a2", "a3"]);
    expect(results[0]?.claims[0]).toMatchObject({ speaker: { name: "Dmitry Peskov" }, stance: "denies" });
    expect(results[1]?.claims).toEqual([]);
  });

  it("when a line is not valid JSON, then stderr names the line, the others are processed and the exit code is 1", async () => {
    const { io, out, err } = makeIo(
      [
        line("a1", "Zelensky said Ukraine was ready."),
        "{not json",
        line("a3", "Vance said it was fair."),
      ].join("\n"),
    );
    expect(await extractCommand([], io)).toBe(1);
    expect(err()).toContain("line 2");
    expect(
      out()
        .trim()
        .split("\n")
        .map((l) => (JSON.parse(l) as ExtractResult).id),
    ).toEqual(["a1", "a3"]);
  });

  it("when a line lacks the text field, then it is reported as a bad line", async () => {
    const { io, err } = makeIo(JSON.stringify({ id: "x" }));
    expect(await extractCommand([], io)).toBe(1);
    expect(err()).toMatch(/line 1: expected/);
  });

  it("when an unknown option is given, then usage is printed and the exit code is 2", async () => {
    const { io, err } = makeIo("");
    expect(await extractCommand(["--bogus"], io)).toBe(2);
    expect(err()).toContain("Usage: newsbrief extract");
  });
});
