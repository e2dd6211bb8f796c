import type { Briefing } from "../../briefing/briefing.js";
import type { ChatAdapter, PostResult } from "../chat-adapter.js";
import { renderText } from "./render.js";

export interface ConsoleAdapter extends ChatAdapter {
  readonly platform: "console";
}

/** Prints briefings as plain text: the adapter `npm start` uses when no chat tokens are set. */
export function createConsoleAdapter(options: { stream?: NodeJS.WritableStream } = {}): ConsoleAdapter {
  const stream = options.stream ?? process.stdout;
  return {
    platform: "console",
    async start() {},
    async stop() {},
    async post(channelId: string, briefing: Briefing, { briefingId }): Promise<PostResult> {
      const rule = "─".repeat(72);
      stream.write(`${rule}\n${renderText(briefing)}\n${rule}\n`);
      return { kind: "sent", messageIds: [`console-${channelId}-${briefingId}`] };
    },
    // A terminal has no history to look in: what was printed before a crash is not known.
    async findPosted() {
      return [];
    },
    isReady: () => true,
  };
}
