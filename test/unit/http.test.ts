import { createServer } from "node:net";
import { describe, expect, it } from "vitest";
import { HttpListenError, startHttpServer } from "../../src/http.js";

const metrics = async () => ({ contentType: "text/plain; version=0.0.4", body: "newsbrief_up 1\n" });

describe("startHttpServer", () => {
  it("when probed, then health, readiness with reasons and metrics answer, and unknown paths are 404", async () => {
    let reasons = ["store unreachable: connection refused"];
    const server = await startHttpServer({ port: 0, notReady: async () => reasons, metrics });
    const base = `http://127.0.0.1:${server.port}`;
    try {
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
      const notReady = await fetch(`${base}/readyz`);
      expect(notReady.status).toBe(503);
      expect(await notReady.text()).toContain("store unreachable: connection refused");
      reasons = [];
      expect((await fetch(`${base}/readyz`)).status).toBe(200);
      expect(await (await fetch(`${base}/metrics`)).text()).toContain("newsbrief_up 1");
      expect((await fetch(`${base}/nope`)).status).toBe(404);
      expect((await fetch(`${base}/healthz`, { method: "POST" })).status).toBe(405);
    } finally {
      await server.close();
    }
  });

  it("when an adapter brings a route, then it answers its method and refuses others", async () => {
    const server = await startHttpServer({
      port: 0,
      notReady: async () => [],
      metrics,
      routes: [
        { method: "POST", path: "/slack/events", handle: (_request, response) => response.end("handled") },
      ],
    });
    const base = `http://127.0.0.1:${server.port}`;
    try {
      expect(await (await fetch(`${base}/slack/events`, { method: "POST", body: "x" })).text()).toBe(
        "handled",
      );
      expect((await fetch(`${base}/slack/events`)).status).toBe(405);
    } finally {
      await server.close();
    }
  });

  it("when the port is taken, then starting fails with an error naming the port", async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const failure = await startHttpServer({ port, notReady: async () => [], metrics }).catch(
        (error: unknown) => error,
      );
      expect(failure).toBeInstanceOf(HttpListenError);
      expect((failure as Error).message).toContain(`port ${port} on 127.0.0.1 is already in use`);
    } finally {
      blocker.close();
    }
  });
});
