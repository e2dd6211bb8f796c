import { readdirSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

export interface FeedDirectoryServer {
  /** One http://127.0.0.1:PORT/<file> URL per feed file, in file-name order. */
  urls: string[];
  close(): Promise<void>;
}

const feedExtensions = /\.(xml|rss|atom|rdf)$/i;

/**
 * Serve every feed file of a directory from 127.0.0.1 on a free port, so the demo runs the real
 * fetch path (guard, conditional GET, caps) without any network.
 */
export async function serveFeedDirectory(directory: string): Promise<FeedDirectoryServer> {
  const files = readdirSync(directory)
    .filter((name) => feedExtensions.test(name))
    .sort();
  if (files.length === 0) throw new Error(`${directory}: no feed files (.xml, .rss, .atom, .rdf)`);
  const bodies = new Map(
    files.map((name) => [`/${encodeURIComponent(name)}`, readFileSync(path.join(directory, name))]),
  );
  const server: Server = createServer((request, response) => {
    const body = bodies.get(request.url ?? "");
    if (!body) {
      response.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    response.writeHead(200, { "content-type": "application/xml", "content-length": body.length }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    urls: [...bodies.keys()].map((route) => `http://127.0.0.1:${port}${route}`),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
