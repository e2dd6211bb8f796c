import { spawn } from "node:child_process";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { builtCliPath, ensureBuilt } from "../support/built-cli.js";
import { repoRoot } from "../support/run-cli.js";

interface Ended {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

/**
 * Run the built CLI with stdout read by nobody from the first output on, or from the start (like `| head`): the pipe's read
 * end is closed and later writes fail with EPIPE.
 */
function runWithClosedStdout(args: string[], options: { stdin?: string; closeAfterFirstOutput: boolean }) {
  const child = spawn(process.execPath, [builtCliPath, ...args], {
    cwd: repoRoot,
    env: { PATH: process.env.PATH, HOME: process.env.HOME },
    stdio: ["pipe", "pipe", "pipe"],
  });
  let stderr = "";
  let firstOutput = "";
  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  // The child may end before it has read all its input; that is what is being tested, not an error.
  child.stdin.on("error", () => undefined);
  child.stdin.end(options.stdin ?? "");
  if (options.closeAfterFirstOutput) {
    child.stdout.once("data", (chunk: Buffer) => {
      firstOutput = chunk.toString();
      child.stdout.destroy();
    });
  } else {
    child.stdout.destroy();
  }
  const ended = new Promise<Ended>((resolve) =>
    child.on("close", (code, signal) => resolve({ code, signal, stderr })),
  );
  return { ended, firstOutput: () => firstOutput };
}

describe("a command whose output is closed early", () => {
  beforeAll(() => ensureBuilt());

  it("when extract's reader stops after the first line, then it ends at once with exit 0 and no stack trace", async () => {
    const lines = Array.from(
      { length: 5_000 },
      (_, index) =>
        `${JSON.stringify({ id: `a${index}`, text: "The envoy said the peace plan was ready, officials said on Monday." })}\n`,
    ).join("");
    const run = runWithClosedStdout(["extract"], { stdin: lines, closeAfterFirstOutput: true });
    const ended = await run.ended;
    expect(run.firstOutput()).toMatch(/^\{"id":"a0","claims":\[/);
    expect(ended).toEqual({ code: 0, signal: null, stderr: "" });
  });

  it("when check-feed's output is closed before it prints, then it ends with exit 0 and no stack trace", async () => {
    const feed = path.join("test", "fixtures", "feeds", "rss2-basic.xml");
    const ended = await runWithClosedStdout(["check-feed", feed], { closeAfterFirstOutput: false }).ended;
    expect(ended).toEqual({ code: 0, signal: null, stderr: "" });
  });
});
