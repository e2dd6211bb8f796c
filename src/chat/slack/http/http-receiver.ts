import type { IncomingMessage, ServerResponse } from "node:http";
import type { App, Receiver } from "@slack/bolt";
import type { Logger } from "../../../logger.js";
import type { HttpRoute } from "../../chat-adapter.js";
import { parseBody } from "./parse-body.js";
import { readBody } from "./read-body.js";
import { verifySignature } from "./verify-signature.js";

/** A bolt Receiver for Slack's HTTP mode, served as a route on the bot's own HTTP server. */
export interface SlackHttpReceiver extends Receiver {
  /** `POST /slack/events`: slash commands, interactivity and Events API callbacks. */
  readonly route: HttpRoute;
}

/** Largest body accepted; slash commands are a few hundred bytes, interactive payloads a few KB. */
export const defaultMaxBodyBytes = 256 * 1024;

/**
 * Verifies each request's signature before anything else (bad, missing or stale → 401, and
 * nothing runs), answers url_verification and ssl_check itself, and hands the rest to
 * `app.processEvent` with an `ack` that writes the HTTP response. A request nobody acknowledges
 * is answered empty after `fallbackAckMs`, inside Slack's 3 seconds. Slack's retries
 * (`x-slack-retry-num`) are acknowledged and dropped: every first delivery was acknowledged in
 * time, so a retry can only repeat work that already ran (slash commands are never retried).
 */
export function createHttpReceiver(options: {
  signingSecret: string;
  logger: Logger;
  /** False until the adapter has started: requests meanwhile get 503. */
  isReady: () => boolean;
  maxBodyBytes?: number;
  fallbackAckMs?: number;
  now?: () => number;
}): SlackHttpReceiver {
  const { logger } = options;
  const now = options.now ?? Date.now;
  let app: App | undefined;

  const serve = async (request: IncomingMessage, response: ServerResponse) => {
    const body = await readBody(request, options.maxBodyBytes ?? defaultMaxBodyBytes);
    if (body === null) return answer(response, 413, "request body too large");
    const check = verifySignature({
      signingSecret: options.signingSecret,
      timestamp: header(request, "x-slack-request-timestamp"),
      signature: header(request, "x-slack-signature"),
      body,
      nowMs: now(),
    });
    if (!check.ok) {
      logger.warn("slack request refused: bad signature", { reason: check.reason });
      return answer(response, 401, "invalid signature");
    }
    const parsed = parseBody(header(request, "content-type"), body);
    if (parsed === null) return answer(response, 400, "unreadable body");
    if (parsed.type === "url_verification" && typeof parsed.challenge === "string") {
      return answer(response, 200, { challenge: parsed.challenge });
    }
    if (parsed.ssl_check !== undefined) return answer(response, 200, "");
    if (header(request, "x-slack-retry-num") !== undefined) {
      logger.info("slack retry dropped", { retry: header(request, "x-slack-retry-num") });
      response.setHeader("x-slack-no-retry", "1");
      return answer(response, 200, "");
    }
    if (app === undefined || !options.isReady()) return answer(response, 503, "starting up");
    await dispatch(app, parsed, response);
  };

  const dispatch = async (target: App, body: Record<string, unknown>, response: ServerResponse) => {
    let acked = false;
    const ack = async (reply?: unknown) => {
      if (acked) return;
      acked = true;
      clearTimeout(timer);
      answer(response, 200, reply ?? "");
    };
    const timer = setTimeout(() => {
      logger.warn("slack request not acknowledged in time; answered empty", { type: body.type });
      void ack();
    }, options.fallbackAckMs ?? 2800);
    try {
      await target.processEvent({ body, ack });
    } catch (error) {
      logger.error("slack event processing failed", { error });
    } finally {
      await ack();
    }
  };

  return {
    init(bolt: App) {
      app = bolt;
    },
    // The bot's HTTP server is started and stopped by main; this receiver only serves its route.
    start: async () => undefined,
    stop: async () => undefined,
    route: {
      method: "POST",
      path: "/slack/events",
      handle(request, response) {
        serve(request, response).catch((error: unknown) => {
          logger.error("slack request failed", { error });
          if (!response.headersSent) answer(response, 500, "internal error");
        });
      },
    },
  };
}

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function answer(response: ServerResponse, status: number, body: unknown): void {
  if (response.headersSent) return;
  if (typeof body === "string") {
    response.writeHead(status, { "content-type": "text/plain; charset=utf-8" }).end(body);
  } else {
    response.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
  }
}
