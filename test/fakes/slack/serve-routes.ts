import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { HttpRoute } from "../../../src/chat/chat-adapter.js";

/** A stand-in for the bot's HTTP server: mounts an adapter's routes on 127.0.0.1, port 0. */
export async function serveRoutes(
  routes: readonly HttpRoute[],
): Promise<{ url(path: string): string; close(): Promise<void> }> {
  const server = createServer((request, response) => {
    const path = (request.url ?? "/").split("?")[0];
    const route = routes.find((candidate) => candidate.method === request.method && candidate.path === path);
    if (route === undefined) return void response.writeHead(404).end();
    route.handle(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: (path) => `${origin}${path}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
