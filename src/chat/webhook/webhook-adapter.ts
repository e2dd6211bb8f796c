import type { Briefing } from "../../briefing/briefing.js";
import type { Logger } from "../../logger.js";
import type { ChatAdapter, PostResult } from "../chat-adapter.js";
import { renderDiscordMessages } from "../discord/render.js";
import { renderSlackMessages } from "../slack/render.js";
import { classifyWebhookResponse } from "./classify-webhook-response.js";

export interface WebhookAdapter extends ChatAdapter {
  readonly platform: "discord-webhook" | "slack-webhook";
}

/**
 * Post-only destinations for channels that only want the daily briefing: a Discord webhook or a
 * Slack incoming webhook, named in the environment ("discord-webhook:team" → DISCORD_WEBHOOK_TEAM).
 * The URLs are secrets: no log line or error message ever contains one, only the name. Neither
 * kind of webhook can read the channel back, so `findPosted` cannot look (see README, "Delivery").
 */
export function createWebhookAdapter(options: {
  kind: "discord" | "slack";
  urls: ReadonlyMap<string, string>;
  logger: Logger;
  timeoutMs?: number;
}): WebhookAdapter {
  const timeoutMs = options.timeoutMs ?? 15_000;
  return {
    platform: `${options.kind}-webhook`,
    async start() {},
    async stop() {},
    isReady: () => true,
    async findPosted() {
      return [];
    },
    async post(name: string, briefing: Briefing): Promise<PostResult> {
      const url = options.urls.get(name);
      if (url === undefined) {
        const variable = `${options.kind.toUpperCase()}_WEBHOOK_${name.toUpperCase().replaceAll("-", "_")}`;
        return { kind: "rejected", reason: `webhook "${name}" is not configured: set ${variable}` };
      }
      const bodies =
        options.kind === "discord"
          ? renderDiscordMessages(briefing)
          : renderSlackMessages(briefing).map((message) => ({
              ...message,
              unfurl_links: false,
              unfurl_media: false,
            }));
      const ids: string[] = [];
      for (const [index, body] of bodies.entries()) {
        // Discord answers the created message only with ?wait=true; Slack answers "ok".
        const target = options.kind === "discord" ? withWait(url) : url;
        let response: Response;
        try {
          response = await fetch(target, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify(body),
            signal: AbortSignal.timeout(timeoutMs),
          });
        } catch (error) {
          const reason = `webhook "${name}": ${(error as Error).name === "TimeoutError" ? "timed out" : "connection failed"}`;
          return { kind: "failed", reason };
        }
        const outcome = await classifyWebhookResponse(response, name);
        if (outcome.kind !== "sent") {
          options.logger.warn("webhook post failed", {
            webhook: name,
            part: index + 1,
            status: response.status,
          });
          return outcome;
        }
        ids.push(outcome.id ?? `${name}:${index + 1}`);
      }
      return { kind: "sent", messageIds: ids };
    },
  };
}

function withWait(url: string): string {
  const parsed = new URL(url);
  parsed.searchParams.set("wait", "true");
  return parsed.toString();
}
