import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from "node:http";
import type { AddressInfo } from "node:net";
import { createFakeGateway, type FakeGateway, type FakeIdentity } from "./discord/fake-gateway.js";
import {
  type FakeMessage,
  type FakeRestState,
  fakeRestRoutes,
  snowflake,
} from "./discord/fake-rest-routes.js";

/** A request the fake REST API received; `path` is after /api/v10. */
export interface DiscordRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: unknown;
  /** When it arrived (Date.now()), for latency benchmarks. */
  at: number;
}

/** A failure to inject: an HTTP answer (429 with Retry-After, 5xx, 403, 404…), a hang, or a reset connection. */
export type DiscordFault =
  | { status: number; body?: unknown; retryAfterSeconds?: number; global?: boolean }
  | { kind: "hang" }
  | { kind: "reset" }
  /** Do the work (create the message), then drop the connection before answering. */
  | { kind: "accept-then-reset" };

export interface FakeDiscord extends FakeIdentity {
  /** REST base URL for discord.js's `rest.api` / DISCORD_API_URL: http://127.0.0.1:PORT/api */
  apiUrl: string;
  gateway: FakeGateway;
  state: FakeRestState;
  /** Every REST request, in order. */
  requests: DiscordRequest[];
  /** Requests the fake had no route for (answered 500): tests assert this stays empty. */
  errors: string[];
  /** Requests matching a method and a path pattern. */
  requestsTo(method: string, path: RegExp): DiscordRequest[];
  /** The first request with this method and exact path: one already received, else the next. */
  request(method: string, path: string): Promise<DiscordRequest>;
  /**
   * Answer requests matching method and path with a fault: `times` of them (default: until
   * cleared), after letting `after` through (default 0).
   */
  fault(
    method: string,
    path: RegExp,
    fault: DiscordFault,
    options?: { times?: number; after?: number },
  ): void;
  clearFaults(): void;
  /** Put a message into a channel's history as if someone posted it. */
  addMessage(channelId: string, message: Partial<FakeMessage>): void;
  close(): Promise<void>;
}

const defaults: FakeIdentity = {
  applicationId: "1300000000000000001",
  botUser: { id: "1300000000000000002", username: "newsbrief" },
  guilds: [{ id: "1300000000000000003", name: "Newsroom" }],
};

/**
 * A Discord stand-in on 127.0.0.1, port 0: REST v10 under /api/v10 and a gateway on /gateway,
 * recording everything. Unknown paths answer a loud 500 and land in `errors`.
 */
export async function startFakeDiscord(identity: Partial<FakeIdentity> = {}): Promise<FakeDiscord> {
  const who: FakeIdentity = { ...defaults, ...identity };
  const state: FakeRestState = { commands: new Map(), messages: new Map() };
  const faults: { method: string; path: RegExp; fault: DiscordFault; left: number; pass: number }[] = [];
  const requests: DiscordRequest[] = [];
  const errors: string[] = [];
  const awaited = new Map<string, ((request: DiscordRequest) => void)[]>();
  // The first request per "METHOD path", so `request()` finds one without scanning them all.
  const firstByKey = new Map<string, DiscordRequest>();
  let origin = "";
  const gateway = createFakeGateway(who);
  const routes = fakeRestRoutes(who, state, () => `${origin.replace(/^http/, "ws")}/gateway`);
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://fake");
      const text = Buffer.concat(chunks).toString("utf8");
      const body: unknown = text === "" ? undefined : JSON.parse(text);
      const method = req.method ?? "GET";
      const path = decodeURIComponent(url.pathname).replace(/^\/api\/v10(?=\/)/, "");
      const received = { method, path, query: url.searchParams, headers: req.headers, body, at: Date.now() };
      requests.push(received);
      const key = `${method} ${path}`;
      if (!firstByKey.has(key)) firstByKey.set(key, received);
      const waiting = awaited.get(key);
      awaited.delete(key);
      for (const resolve of waiting ?? []) resolve(received);
      const fault = faults.find(
        (entry) => entry.method === method && entry.path.test(path) && entry.left > 0,
      );
      let acceptThenReset = false;
      if (fault !== undefined && fault.pass > 0) fault.pass -= 1;
      else if (fault !== undefined) {
        fault.left -= 1;
        if ("kind" in fault.fault && fault.fault.kind === "accept-then-reset") acceptThenReset = true;
        else return void answerFault(req, res, fault.fault);
      }
      const route = url.pathname.startsWith("/api/v10/")
        ? routes.find(([m, pattern]) => m === method && pattern.test(path))
        : undefined;
      const match = route?.[1].exec(path);
      if (route === undefined || match === null || match === undefined) {
        errors.push(`${method} ${url.pathname}`);
        res.writeHead(500, { "content-type": "application/json" });
        res.end(JSON.stringify({ message: `fake discord: no route for ${method} ${url.pathname}`, code: 0 }));
        return;
      }
      const answer = route[2](match, body, url.searchParams);
      if (acceptThenReset) return void req.socket.destroy();
      if (answer.status === 204) res.writeHead(204).end();
      else
        res.writeHead(answer.status, { "content-type": "application/json" }).end(JSON.stringify(answer.body));
    });
  });
  server.on("upgrade", (req, socket, head) => {
    if ((req.url ?? "").startsWith("/gateway")) gateway.handleUpgrade(req, socket, head);
    else {
      errors.push(`UPGRADE ${req.url ?? ""}`);
      socket.destroy();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    ...who,
    apiUrl: `${origin}/api`,
    gateway,
    state,
    requests,
    errors,
    requestsTo: (method, path) => requests.filter((req) => req.method === method && path.test(req.path)),
    request: (method, path) => {
      const key = `${method} ${path}`;
      const seen = firstByKey.get(key);
      if (seen !== undefined) return Promise.resolve(seen);
      return new Promise((resolve) => awaited.set(key, [...(awaited.get(key) ?? []), resolve]));
    },
    fault: (method, path, fault, options = {}) => {
      const { times = Number.POSITIVE_INFINITY, after = 0 } = options;
      faults.unshift({ method, path, fault, left: times, pass: after });
    },
    clearFaults: () => {
      faults.length = 0;
    },
    addMessage(channelId, message) {
      const channel = state.messages.get(channelId) ?? [];
      channel.push({
        id: snowflake(),
        channel_id: channelId,
        author: { id: "1300000000000000099", username: "someone" },
        content: "",
        embeds: [],
        timestamp: new Date().toISOString(),
        ...message,
      });
      state.messages.set(channelId, channel);
    },
    async close() {
      gateway.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function answerFault(req: IncomingMessage, res: ServerResponse, fault: DiscordFault): void {
  if ("kind" in fault) {
    if (fault.kind === "reset") req.socket.destroy();
    return; // a hang: never answered (the client's timeout ends it)
  }
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (fault.retryAfterSeconds !== undefined) headers["retry-after"] = String(fault.retryAfterSeconds);
  if (fault.global === true) headers["x-ratelimit-global"] = "true";
  const answer = fault.body ?? { message: `fake fault ${fault.status}`, code: 0 };
  res.writeHead(fault.status, headers).end(JSON.stringify(answer));
}
