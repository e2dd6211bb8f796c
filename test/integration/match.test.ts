import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { matchCommand } from "../../src/cli/match-command.js";
import { captureIo } from "../support/capture-io.js";
import { runCli } from "../support/run-cli.js";
import { useTempDir } from "../support/temp-dir.js";

const tempDir = useTempDir();
const line = (id: string, title: string, text: string) => JSON.stringify({ id, title, text });
const parseLines = (output: string) =>
  output
    .trim()
    .split("\n")
    .map((each) => JSON.parse(each) as { id: string; matches: boolean; via: string | null; why: unknown });

const wireBody = [
  "Negotiators from Kyiv and Washington spent a second day in Geneva going through the draft clause by clause.",
  "Officials on both sides said the talks were hard going but that the text had become shorter overnight.",
  "A joint statement on what was agreed is expected before the delegations fly home at the end of the week.",
].join("\n");

async function match(args: string[], stdin: string) {
  const { io, stdout, stderr } = captureIo({ stdin });
  const code = await matchCommand(args, io);
  return { code, stdout: stdout(), stderr: stderr() };
}

describe("newsbrief match", () => {
  it("when the configured topic is asked for, then the real CLI answers each line in order with id, matches and via", async () => {
    const { code, stdout } = await runCli(["match", "--topic", "peace-plan"], {
      stdin: [
        line(
          "plan",
          "Kyiv receives the American draft",
          "The US proposal would cap Ukraine's army, officials said.",
        ),
        line(
          "sport",
          "Dynamo Kyiv win the derby",
          "A late header settled the match in front of a full stadium.",
        ),
        line("gaza", "Security Council backs Gaza peace plan", "Russia and China abstained in the vote."),
      ].join("\n"),
    });
    expect(code).toBe(0);
    const results = parseLines(stdout);
    expect(results.map(({ id, matches, via }) => ({ id, matches, via }))).toEqual([
      { id: "plan", matches: true, via: "query" },
      { id: "sport", matches: false, via: null },
      { id: "gaza", matches: false, via: null },
    ]);
    expect(results[0]?.why).toEqual({ terms: expect.arrayContaining(["kyiv", "draft* NEAR/4 america*"]) });
    expect(results[1]?.why).toBeNull();
  });

  it("when a wire copy runs under another headline, then it matches via story and names the item it joined", async () => {
    const { code, stdout } = await match(
      ["--query", '"peace plan"'],
      [
        line("original", "Geneva talks on the peace plan run late", wireBody),
        line("copy", "Negotiators work through the night", wireBody),
      ].join("\n"),
    );
    expect(code).toBe(0);
    expect(parseLines(stdout)).toEqual([
      { id: "original", matches: true, via: "query", why: { terms: ['"peace plan"'] } },
      {
        id: "copy",
        matches: true,
        via: "story",
        why: {
          basis: "duplicate",
          article: { id: "original", title: "Geneva talks on the peace plan run late" },
          similarity: 1,
        },
      },
    ]);
  });

  it("when a line is bad, then stderr names its line number, the other lines are answered and the exit code is 1", async () => {
    const { code, stdout, stderr } = await match(
      ["--query", "Witkoff"],
      [
        line("first", "Witkoff lands in Moscow", ""),
        "{not json",
        JSON.stringify({ id: "no-text", title: "Witkoff" }),
        "",
        JSON.stringify({ id: "untitled", text: "Witkoff met the Kremlin aide." }),
      ].join("\n"),
    );
    expect(code).toBe(1);
    expect(stderr).toMatch(/line 2: not valid JSON/);
    expect(stderr).toMatch(/line 3: expected \{"id": string, "title": string, "text": string\}/);
    expect(parseLines(stdout).map(({ id, matches }) => [id, matches])).toEqual([
      ["first", true],
      ["untitled", true],
    ]);
  });

  it("when --topic names a topic of another configuration file, then that topic's query is used", async () => {
    const configPath = path.join(tempDir(), "config.yaml");
    writeFileSync(configPath, 'topics:\n  - name: capelin\n    query: "capelin NEAR/2 quota"\n');
    const { code, stdout } = await match(
      ["--topic", "capelin", "--config", configPath],
      [line("near", "The capelin quota is set", ""), line("far", "Capelin fleets wait for a quota", "")].join(
        "\n",
      ),
    );
    expect(code).toBe(0);
    expect(parseLines(stdout).map(({ id, matches }) => [id, matches])).toEqual([
      ["near", true],
      ["far", false],
    ]);
  });

  it("when the topic is not configured, then the error lists the topics and the exit code is 2", async () => {
    const { code, stderr } = await match(["--topic", "elections"], "");
    expect(code).toBe(2);
    expect(stderr).toMatch(/no topic "elections".*\(topics: peace-plan\)/);
  });

  it("when the query is invalid, then the error points at the spot and the exit code is 2", async () => {
    const { code, stderr } = await match(["--query", "plan NEAR/2 (peace"], "");
    expect(code).toBe(2);
    expect(stderr).toContain("match: unbalanced parenthesis at character 13");
  });

  it("when neither or both of --topic and --query are given, then usage is printed and the exit code is 2", async () => {
    for (const args of [[], ["--topic", "peace-plan", "--query", "plan"]]) {
      const { code, stderr } = await match(args, "");
      expect(code).toBe(2);
      expect(stderr).toContain("Usage: newsbrief match");
    }
  });
});
