import { describe, expect, it } from "vitest";
import { startHttpServer } from "../../src/http.js";

describe("startHttpServer", () => {
  it("when probed, then health, readiness and metrics answer, and unknown paths are 404", async () => {
    let ready = false;
    const server = await startHttpServer({
      port: 0,
      ready: async () => ready,
      metrics: new Map([["ingest_cycles_total", 3]]),
    });
    const base = `http://127.0.0.1:${server.port}`;
    try {
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
      expect((await fetch(`${base}/readyz`)).status).toBe(503);
      ready = true;
      expect((await fetch(`${base}/readyz`)).status).toBe(200);
      expect(await (await fetch(`${base}/metrics`)).text()).toContain("newsbrief_ingest_cycles_total 3");
      expect((await fetch(`${base}/nope`)).status).toBe(404);
      expect((await fetch(`${base}/healthz`, { method: "POST" })).status).toBe(405);
    } finally {
      await server.close();
    }
  });
});
