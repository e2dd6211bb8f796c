import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Briefing } from "../../../src/briefing/briefing.js";
import { renderText } from "../../../src/chat/console/render.js";
import { renderDiscordMessages } from "../../../src/chat/discord/render.js";
import { renderMarkdown } from "../../../src/chat/markdown/render.js";
import { renderSlackMessages } from "../../../src/chat/slack/render.js";
import { packageRoot } from "../../../src/config/load-config.js";
import { composeDemoBriefing } from "../briefing/support/demo-briefing.js";
import { checkSlackLimits } from "./support/check-slack-limits.js";
import { checkDiscordLimits, createDiscordSpecValidator } from "./support/discord-contract.js";

/*
 * Golden files for the demo briefing (seed rewording + the demo feeds, through the real extractor).
 * Any difference fails. After an intended change (wording, layout, a better extractor), regenerate
 * them with `UPDATE_GOLDEN=1 npx vitest run test/unit/briefing/golden.test.ts` and review the diff.
 */
const goldenDir = path.join(packageRoot, "test", "golden");
const update = process.env.UPDATE_GOLDEN === "1";

function expectGolden(name: string, actual: string): void {
  const file = path.join(goldenDir, name);
  if (update || !existsSync(file)) writeFileSync(file, actual);
  expect(actual).toBe(readFileSync(file, "utf8"));
}

describe("golden briefing for the demo content", () => {
  let briefing: Briefing;
  beforeAll(async () => {
    briefing = await composeDemoBriefing();
  });

  it("when rendered as plain text, then it matches test/golden/briefing.txt", () => {
    expectGolden("briefing.txt", renderText(briefing));
  });

  it("when rendered as Markdown, then it matches test/golden/briefing.md", () => {
    expectGolden("briefing.md", renderMarkdown(briefing));
  });

  it("when rendered for Discord, then it matches the golden file and every message is a valid, limited payload", () => {
    const messages = renderDiscordMessages(briefing);
    expectGolden("briefing.discord.json", `${JSON.stringify(messages, null, 2)}\n`);
    const validate = createDiscordSpecValidator();
    for (const message of messages) {
      expect(checkDiscordLimits(message)).toEqual([]);
      if (validate) expect(validate(message)).toEqual([]);
    }
  });

  it("when rendered for Slack, then it matches the golden file and every message keeps the Block Kit limits", () => {
    const messages = renderSlackMessages(briefing);
    expectGolden("briefing.slack.json", `${JSON.stringify(messages, null, 2)}\n`);
    for (const message of messages) expect(checkSlackLimits(message)).toEqual([]);
  });
});
