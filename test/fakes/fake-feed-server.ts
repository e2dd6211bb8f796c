import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";

/** How the fake answers one path. */
export interface FakeRoute {
  status?: number;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Wait this long before answering (ms). */
  delayMs?: number;
  /** Send the body gzip-compressed with Content-Encoding: gzip. */
  gzip?: boolean;
  /** Answer 302 to this location (relative or absolute). */
  redirectTo?: string;
  /** Answer 304 when the request carries this If-None-Match or If-Modified-Since. */
  notModifiedFor?: { etag?: string; lastModified?: string };
}

/** A request the fake received. */
export interface RecordedRequest {
  path: string;
  headers: IncomingHttpHeaders;
}

export interface FakeFeedServer {
  /** http://127.0.0.1:<port> */
  origin: string;
  /** Absolute URL for a path. */
  url(path: string): string;
  /** Register or replace the answer for a path (a function is called per request). */
  route(path: string, route: FakeRoute | ((request: RecordedRequest) => FakeRoute)): void;
  requests: RecordedRequest[];
  /** Requests to one path. */
  requestsTo(path: string): RecordedRequest[];
  close(): Promise<void>;
}

/** A feed server on 127.0.0.1, port 0. Unknown paths answer a loud 500. */
export async function startFakeFeedServer(): Promise<FakeFeedServer> {
  const routes = new Map<string, FakeRoute | ((request: RecordedRequest) => FakeRoute)>();
  const requests: RecordedRequest[] = [];
  const server: Server = createServer((req, res) => {
    const recorded = { path: req.url ?? "/", headers: req.headers };
    requests.push(recorded);
    const entry = routes.get(recorded.path);
    if (entry === undefined) {
      res
        .writeHead(500, { "content-type": "text/plain" })
        .end(`fake feed server: no route for ${recorded.path}`);
      return;
    }
    const route = typeof entry === "function" ? entry(recorded) : entry;
    const answer = () => {
      if (res.destroyed) return;
      if (route.redirectTo !== undefined) {
        res.writeHead(302, { location: route.redirectTo }).end();
        return;
      }
      const validators = route.notModifiedFor;
      if (
        validators &&
        ((validators.etag && req.headers["if-none-match"] === validators.etag) ||
          (validators.lastModified && req.headers["if-modified-since"] === validators.lastModified))
      ) {
        res.writeHead(304).end();
        return;
      }
      const raw = typeof route.body === "string" ? Buffer.from(route.body) : (route.body ?? Buffer.alloc(0));
      const body = route.gzip ? gzipSync(raw) : raw;
      const headers: Record<string, string> = {
        "content-type": "application/rss+xml; charset=utf-8",
        ...route.headers,
      };
      if (route.gzip) headers["content-encoding"] = "gzip";
      headers["content-length"] = String(body.length);
      res.writeHead(route.status ?? 200, headers).end(body);
    };
    if (route.delayMs) setTimeout(answer, route.delayMs);
    else answer();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => `${origin}${path}`,
    route: (path, route) => routes.set(path, route),
    requests,
    requestsTo: (path) => requests.filter((request) => request.path === path),
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
