import { createServer, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { HttpRoute } from "./chat/chat-adapter.js";
import type { Logger } from "./logger.js";

/** Why the bot is not ready, or null when it is: each part (store, adapters) answers for itself. */
export type ReadinessCheck = () => Promise<string[]>;

export interface HttpServer {
  /** The port actually bound (useful with port 0). */
  port: number;
  close(): Promise<void>;
}

/** The server could not listen: the port is taken or not ours to bind. Names the port. */
export class HttpListenError extends Error {
  readonly code = "http_listen_failed";
}

const keepAliveMs = 65_000;

/**
 * The bot's HTTP server: `/healthz` (the process answers), `/readyz` (200, or 503 with the
 * reasons, one per line), `/metrics` (Prometheus text), and the routes adapters bring (Slack's
 * `POST /slack/events`). Binds `host` (loopback by default; 0.0.0.0 in containers).
 */
export async function startHttpServer(options: {
  port: number;
  host?: string;
  notReady: ReadinessCheck;
  metrics: () => Promise<{ contentType: string; body: string }>;
  routes?: readonly HttpRoute[];
  logger?: Logger;
}): Promise<HttpServer> {
  const routes = options.routes ?? [];
  const server: Server = createServer((request, response) => {
    const path = (request.url ?? "/").split("?")[0] ?? "/";
    const route = routes.find((candidate) => candidate.path === path);
    if (route) {
      if (request.method !== route.method)
        return plain(response, 405, "method not allowed\n", { allow: route.method });
      try {
        route.handle(request, response);
      } catch (error) {
        options.logger?.error("http route failed", { path, error });
        if (!response.headersSent) plain(response, 500, "internal error\n");
      }
      return;
    }
    if (request.method !== "GET") return plain(response, 405, "method not allowed\n", { allow: "GET" });
    if (path === "/healthz") return plain(response, 200, "ok\n");
    if (path === "/readyz") return void answerReadiness(options.notReady, response);
    if (path === "/metrics") {
      options.metrics().then(
        ({ contentType, body }) => response.writeHead(200, { "content-type": contentType }).end(body),
        () => plain(response, 500, "metrics unavailable\n"),
      );
      return;
    }
    plain(response, 404, "not found\n");
  });
  // Idle connections stay open longer than the 60 s a load balancer or proxy in front commonly
  // keeps them (Node's 5 s default lets a client reuse a socket the server is closing, and makes
  // a burst after a pause open every connection anew while the first requests are being served).
  server.keepAliveTimeout = keepAliveMs;
  server.headersTimeout = keepAliveMs + 1_000;
  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) => {
      const why =
        error.code === "EADDRINUSE"
          ? "is already in use"
          : error.code === "EACCES"
            ? "needs privileges this process does not have"
            : `could not be bound (${error.code ?? error.message})`;
      reject(
        new HttpListenError(
          `port ${options.port} on ${host} ${why}: set PORT or bot.httpPort to a free port`,
        ),
      );
    });
    server.listen(options.port, host, resolve);
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function answerReadiness(notReady: ReadinessCheck, response: ServerResponse): Promise<void> {
  try {
    const reasons = await notReady();
    if (reasons.length === 0) plain(response, 200, "ready\n");
    else plain(response, 503, `not ready\n${reasons.map((reason) => `- ${reason}\n`).join("")}`);
  } catch (error) {
    plain(response, 503, `not ready\n- ${(error as Error).message}\n`);
  }
}

function plain(
  response: ServerResponse,
  status: number,
  body: string,
  headers: Record<string, string> = {},
): void {
  response.writeHead(status, { "content-type": "text/plain; charset=utf-8", ...headers }).end(body);
}
