import type { Briefing } from "../../briefing/briefing.js";
import type { ChatAdapter, PostResult } from "../chat-adapter.js";
import { renderText } from "./render.js";

export interface ConsoleAdapter extends ChatAdapter {
  readonly platform: "console";
}

/** Prints briefings as plain text: the adapter `npm start` uses when no chat tokens are set. */
export function createConsoleAdapter(options: { stream?: NodeJS.WritableStream } = {}): ConsoleAdapter {
  const stream = options.stream ?? process.stdout;
  let posted = 0;
  return {
    platform: "console",
    async start() {},
    async stop() {},
    async post(channelId: string, briefing: Briefing): Promise<PostResult> {
      const rule = "─".repeat(72);
      stream.write(`${rule}\n${renderText(briefing)}\n${rule}\n`);
      posted += 1;
      return { kind: "sent", messageIds: [`console-${channelId}-${posted}`] };
    },
  };
}
