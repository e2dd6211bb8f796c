import type { IncomingMessage, ServerResponse } from "node:http";
import type { REST } from "discord.js";
import type { Logger } from "../../../logger.js";
import type { HttpRoute } from "../../chat-adapter.js";
import { type AnswerDeps, answerInteraction } from "./answer-interaction.js";
import { createRestResponder, type InteractionResponder } from "./interaction-responder.js";
import { interactionSchema } from "./interaction-schema.js";
import { ed25519PublicKey, verifySignature } from "./verify-signature.js";

const maxBodyBytes = 1_000_000;

/**
 * `POST /discord/interactions`, for an application whose Interactions Endpoint URL points here
 * instead of using the gateway. A request without Discord's valid signature gets 401 and runs
 * nothing; PING gets PONG; commands are answered like gateway ones, the first answer in the
 * HTTP response and later edits and follow-ups over REST.
 */
export function createInteractionsRoute(options: {
  publicKey: string;
  rest: REST;
  logger: Logger;
  deps(responder: InteractionResponder): AnswerDeps;
}): HttpRoute {
  const key = ed25519PublicKey(options.publicKey);
  return {
    method: "POST",
    path: "/discord/interactions",
    handle(request, response) {
      void readBody(request).then(
        (body) => {
          const signed = verifySignature(
            key,
            {
              signature: header(request, "x-signature-ed25519"),
              timestamp: header(request, "x-signature-timestamp"),
            },
            body,
          );
          if (!signed) return send(response, 401, { error: "invalid request signature" });
          const parsed = interactionSchema.safeParse(parseJson(body));
          if (!parsed.success) return send(response, 400, { error: "not an interaction" });
          const rest = createRestResponder(options.rest, parsed.data);
          let answered = false;
          const responder: InteractionResponder = {
            ...rest,
            // The first answer is the HTTP response itself; a second one can only go through REST.
            callback: async (callbackBody) => {
              if (answered) return rest.callback(callbackBody);
              answered = true;
              send(response, 200, callbackBody);
            },
          };
          void answerInteraction(parsed.data, options.deps(responder)).then(() => {
            if (!answered) send(response, 500, { error: "no answer" });
          });
        },
        () => send(response, 413, { error: "body too large" }),
      );
    },
  };
}

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function parseJson(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString("utf8"));
  } catch {
    return undefined;
  }
}

function send(response: ServerResponse, status: number, body: unknown): void {
  if (response.headersSent) return;
  response.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
}

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBodyBytes) {
        reject(new Error("too large"));
        request.destroy();
      } else chunks.push(chunk);
    });
    request.on("end", () => resolve(Buffer.concat(chunks)));
    request.on("error", reject);
  });
}
