import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { ApiCall, FakeMessage, FakeUser, Fault, ResponsePost } from "./slack/fake-slack-types.js";
import { createFakeSocketMode, type FakeSocketMode } from "./slack/socket-mode-server.js";
import { webApiMethods } from "./slack/web-api-methods.js";

export type { ApiCall, FakeMessage, Fault, ResponsePost } from "./slack/fake-slack-types.js";

/** A stand-in for Slack on 127.0.0.1: Web API, response_url endpoints and Socket Mode. */
export interface FakeSlack {
  /** Web API base URL, ending in /api/ (bolt's `clientOptions.slackApiUrl`). */
  apiUrl: string;
  botToken: string;
  appToken: string;
  /** A fresh response_url; what is posted to it lands in `responses`. */
  responseUrl(): string;
  /** Every Web API call, in order. */
  calls: ApiCall[];
  callsTo(method: string): ApiCall[];
  /** Methods or paths the fake does not know: a test asserts this stays empty. */
  unknown: string[];
  /** Bodies posted to response_urls, in order. */
  responses: ResponsePost[];
  /** Resolves once `count` bodies have reached response_urls. */
  responsesReached(count: number): Promise<ResponsePost[]>;
  /** Messages chat.postMessage stored (conversations.history answers from them). */
  messages: FakeMessage[];
  /** users.info answers: anyone not listed is a regular member. */
  users: Map<string, FakeUser>;
  /** Misbehave for `times` calls of a method (default once), after `after` calls that succeed. */
  fault(method: string, fault: Fault, options?: { times?: number; after?: number }): void;
  socket: FakeSocketMode;
  close(): Promise<void>;
}

/** Start a fake Slack on port 0. */
export async function startFakeSlack(
  options: {
    botToken?: string;
    appToken?: string;
    /** Every Web API answer waits this long (a platform's response time, for benchmarks). */
    latencyMs?: number;
  } = {},
): Promise<FakeSlack> {
  const faults = new Map<string, Array<{ fault: Fault; left: number; skip: number }>>();
  const waiters: Array<() => boolean> = [];
  const socket = createFakeSocketMode();
  let origin = "";
  const fake: FakeSlack = {
    apiUrl: "",
    botToken: options.botToken ?? "xoxb-fake-bot-token",
    appToken: options.appToken ?? "xapp-fake-app-token",
    responseUrl: () => `${origin}/response/${randomUUID()}`,
    calls: [],
    callsTo: (method) => fake.calls.filter((call) => call.method === method),
    unknown: [],
    responses: [],
    responsesReached: (count) =>
      new Promise((resolve) => {
        const check = () => {
          if (fake.responses.length < count) return false;
          resolve(fake.responses.slice(0, count));
          return true;
        };
        if (!check()) waiters.push(check);
      }),
    messages: [],
    users: new Map(),
    fault(method, fault, { times = 1, after = 0 } = {}) {
      faults.set(method, [...(faults.get(method) ?? []), { fault, left: times, skip: after }]);
    },
    socket,
    async close() {
      await socket.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  const state = {
    botToken: fake.botToken,
    appToken: fake.appToken,
    messages: fake.messages,
    users: fake.users,
    socketUrl: () => `${origin.replace("http", "ws")}/socket`,
  };

  const takeFault = (method: string): Fault | undefined => {
    const queue = faults.get(method);
    const next = queue?.[0];
    if (queue === undefined || next === undefined) return undefined;
    if (next.skip > 0) {
      next.skip -= 1;
      return undefined;
    }
    next.left -= 1;
    if (next.left <= 0) queue.shift();
    return next.fault;
  };

  const serveApi = (method: string, request: IncomingMessage, response: ServerResponse, body: string) => {
    const call: ApiCall = {
      method,
      params: parseParams(request, body),
      token: bearer(request),
      at: Date.now(),
    };
    fake.calls.push(call);
    const fault = takeFault(method);
    if (fault?.kind === "hang") return;
    if (fault?.kind === "reset") return void request.socket.destroy();
    if (fault?.kind === "ratelimited") {
      return void response
        .writeHead(429, { "retry-after": String(fault.retryAfterSeconds) })
        .end('{"ok":false,"error":"ratelimited"}');
    }
    if (fault?.kind === "status") return void response.writeHead(fault.status).end("fake slack fault");
    const answer = webApiMethods[method];
    if (answer === undefined) fake.unknown.push(method);
    const result =
      fault?.kind === "error"
        ? { ok: false, error: fault.error }
        : (answer?.(state, call.params, call.token) ?? {
            ok: false,
            error: `fake_slack_unknown_method_${method}`,
          });
    if (fault?.kind === "lost-answer") return void request.socket.destroy();
    if (fault?.kind === "accept-then-hang") return;
    response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(result));
  };

  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const path = (request.url ?? "/").split("?")[0] ?? "/";
      if (path.startsWith("/api/")) {
        if (!options.latencyMs) return serveApi(path.slice(5), request, response, body);
        return void setTimeout(() => serveApi(path.slice(5), request, response, body), options.latencyMs);
      }
      if (path.startsWith("/response/") && request.method === "POST") {
        fake.responses.push({ id: path.slice(10), body: JSON.parse(body) });
        for (const check of waiters.splice(0)) if (!check()) waiters.push(check);
        return void response.writeHead(200, { "content-type": "text/plain" }).end("ok");
      }
      fake.unknown.push(`${request.method} ${path}`);
      response.writeHead(500, { "content-type": "text/plain" }).end(`fake slack: nothing at ${path}`);
    });
  });
  server.on("upgrade", (request, duplex, head) => {
    if ((request.url ?? "").startsWith("/socket")) socket.upgrade(request, duplex, head);
    else duplex.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  fake.apiUrl = `${origin}/api/`;
  return fake;
}

function bearer(request: IncomingMessage): string | undefined {
  return /^Bearer (.+)$/u.exec(request.headers.authorization ?? "")?.[1];
}

/** Form fields, or a JSON body; `blocks`, `metadata` and `attachments` arrive JSON-encoded. */
function parseParams(request: IncomingMessage, body: string): Record<string, unknown> {
  if ((request.headers["content-type"] ?? "").includes("json")) return body === "" ? {} : JSON.parse(body);
  const params: Record<string, unknown> = Object.fromEntries(new URLSearchParams(body));
  for (const key of ["blocks", "metadata", "attachments"]) {
    const value = params[key];
    if (typeof value === "string") params[key] = JSON.parse(value);
  }
  return params;
}
