import { afterEach, beforeEach } from "vitest";
import { type FakeFeedServer, startFakeFeedServer } from "./fake-feed-server.js";

/** One fresh fake feed server per test, closed after it; call the returned function to reach it. */
export function useFakeFeedServer(): () => FakeFeedServer {
  let server: FakeFeedServer | undefined;
  beforeEach(async () => {
    server = await startFakeFeedServer();
  });
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });
  return () => {
    if (!server) throw new Error("the fake feed server only exists inside a test");
    return server;
  };
}
