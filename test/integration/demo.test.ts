import { cpSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { demoCommand } from "../../src/cli/demo-command.js";
import { bundledFeedsDir } from "../../src/demo/run-demo.js";
import { captureIo } from "../support/capture-io.js";
import { useTempDir } from "../support/temp-dir.js";

const tempDir = useTempDir();

describe("newsbrief demo", () => {
  it("when run on the bundled feeds, then it prints a briefing naming who claims what, by side", async () => {
    const { io, stdout, stderr } = captureIo();
    expect(await demoCommand([], io)).toBe(0);
    const text = stdout();
    expect(stderr()).toContain("5 feeds served");
    expect(text).toContain("briefing for Fri 21 Nov 2025, 08:00 Europe/Kyiv");
    expect(text).toMatch(/DISPUTED/);
    expect(text).toMatch(/WHO CLAIMS WHAT/);
    expect(text).toMatch(/Dmitry Peskov[^\n]*\n?[^\n]*denies/);
    expect(text).toMatch(/Maria Zakharova/);
    expect(text).toMatch(/Marco Rubio/);
    // The off-topic items never reach the briefing, and nothing can ping.
    expect(text).not.toMatch(/football|planet/i);
    expect(text).not.toContain("@everyone");
  });

  it("when asked for slack-json and discord-json, then it prints the JSON array of messages", async () => {
    for (const format of ["slack-json", "discord-json"]) {
      const { io, stdout } = captureIo();
      expect(await demoCommand(["--format", format], io)).toBe(0);
      const messages = JSON.parse(stdout()) as unknown[];
      expect(Array.isArray(messages)).toBe(true);
      expect(messages.length).toBeGreaterThan(0);
    }
  });

  it("when given --feeds DIR, then it uses those files, and a broken feed is reported without stopping the rest", async () => {
    const dir = path.join(tempDir(), "feeds");
    mkdirSync(dir);
    cpSync(path.join(bundledFeedsDir, "daily-dispatch.xml"), path.join(dir, "daily-dispatch.xml"));
    writeFileSync(path.join(dir, "broken.xml"), "<html><body>This is not a feed</body></html>");
    const { io, stdout, stderr } = captureIo();
    expect(await demoCommand(["--feeds", dir], io)).toBe(0);
    expect(stderr()).toMatch(/broken\.xml: not_a_feed/);
    expect(stderr()).toContain("2 feeds served");
    expect(stdout()).toContain("Peace plan");
  });

  it("when the format is unknown, then it says which formats exist", async () => {
    const { io, stderr } = captureIo();
    expect(await demoCommand(["--format", "pdf"], io)).toBe(1);
    expect(stderr()).toContain("--format must be one of text, markdown, discord-json, slack-json");
  });
});
