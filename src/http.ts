import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** Counters the bot exposes on /metrics (Prometheus text format). */
export type Metrics = Map<string, number>;

export interface HttpServer {
  /** The port actually bound (useful with port 0). */
  port: number;
  close(): Promise<void>;
}

/**
 * Health (`/healthz`: the process answers), readiness (`/readyz`: the store answers) and
 * `/metrics`. Bound to 127.0.0.1 unless told otherwise; later the chat receivers mount here too.
 */
export async function startHttpServer(options: {
  port: number;
  host?: string;
  ready: () => Promise<boolean>;
  metrics: Metrics;
}): Promise<HttpServer> {
  const server: Server = createServer((request, response) => {
    const route = (request.url ?? "/").split("?")[0];
    if (request.method !== "GET") {
      response.writeHead(405, { allow: "GET" }).end();
      return;
    }
    if (route === "/healthz") {
      response.writeHead(200, { "content-type": "text/plain" }).end("ok\n");
    } else if (route === "/readyz") {
      options.ready().then(
        (ready) =>
          response
            .writeHead(ready ? 200 : 503, { "content-type": "text/plain" })
            .end(ready ? "ready\n" : "not ready\n"),
        () => response.writeHead(503, { "content-type": "text/plain" }).end("not ready\n"),
      );
    } else if (route === "/metrics") {
      const lines = [...options.metrics].map(([name, value]) => `newsbrief_${name} ${value}`);
      response.writeHead(200, { "content-type": "text/plain; version=0.0.4" }).end(`${lines.join("\n")}\n`);
    } else {
      response.writeHead(404, { "content-type": "text/plain" }).end("not found\n");
    }
  });
  await new Promise<void>((resolve) => server.listen(options.port, options.host ?? "127.0.0.1", resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
