import { generateKeyPairSync, type KeyObject, sign } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { interactionPayload } from "../fakes/discord/interaction-payloads.js";
import { createTestCommandHandler } from "../fakes/discord/test-command-handler.js";
import { type DiscordTestBed, useDiscordAdapter } from "../fakes/discord/use-discord-adapter.js";
import { waitFor } from "../fakes/discord/wait-for.js";

const keys = generateKeyPairSync("ed25519");
// The raw 32-byte key is the tail of the DER SubjectPublicKeyInfo, as the Developer Portal shows it in hex.
const publicKeyHex = keys.publicKey.export({ format: "der", type: "spki" }).subarray(12).toString("hex");

describe("Discord HTTP interactions endpoint", () => {
  const discord = useDiscordAdapter();
  let server: Server | undefined;
  afterEach(async () => {
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
    server = undefined;
  });

  async function serving(behaviour: Parameters<typeof createTestCommandHandler>[0] = {}) {
    const bed = await discord({ publicKey: publicKeyHex, timeoutMs: 5_000 });
    const test = createTestCommandHandler(behaviour);
    await bed.adapter.start(test.handler);
    const route = bed.adapter.httpRoutes?.find((candidate) => candidate.path === "/discord/interactions");
    expect(route?.method).toBe("POST");
    server = createServer((request, response) => route?.handle(request, response));
    await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/discord/interactions`;
    return { ...bed, url, seen: test.log };
  }

  async function send(url: string, body: string, signer: KeyObject | null, timestamp = "1764662400") {
    const headers: Record<string, string> = {
      "content-type": "application/json",
      "x-signature-timestamp": timestamp,
    };
    if (signer !== null) {
      headers["x-signature-ed25519"] = sign(null, Buffer.from(timestamp + body), signer).toString("hex");
    }
    const response = await fetch(url, { method: "POST", headers, body });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }

  const latest = (bed: DiscordTestBed) =>
    JSON.stringify(
      interactionPayload(
        { applicationId: bed.fake.applicationId, guildId: bed.fake.guilds[0]?.id ?? "" },
        { name: "latest", options: { who: "peskov" } },
      ),
    );

  it("when a request is not signed by Discord's key (or not signed), then it gets 401 and nothing runs", async () => {
    const bed = await serving();
    const forger = generateKeyPairSync("ed25519").privateKey;
    expect((await send(bed.url, latest(bed), forger)).status).toBe(401);
    expect((await send(bed.url, latest(bed), null)).status).toBe(401);
    const signed = latest(bed);
    const tampered = await fetch(bed.url, {
      method: "POST",
      headers: {
        "x-signature-timestamp": "1764662400",
        "x-signature-ed25519": sign(null, Buffer.from(`1764662400${signed}`), keys.privateKey).toString(
          "hex",
        ),
      },
      body: signed.replace("peskov", "rubio"),
    });
    expect(tampered.status).toBe(401);
    expect(bed.seen.requests).toEqual([]);
    expect(bed.fake.requestsTo("POST", /callback$/)).toEqual([]);
  });

  it("when Discord sends a signed PING, then it gets PONG", async () => {
    const bed = await serving();
    const ping = JSON.stringify({
      id: "1",
      application_id: bed.fake.applicationId,
      type: 1,
      token: "t",
      version: 1,
    });
    expect(await send(bed.url, ping, keys.privateKey)).toEqual({ status: 200, body: { type: 1 } });
  });

  it("when a signed /latest arrives, then the HTTP response is the answer naming Dmitry Peskov", async () => {
    const bed = await serving();
    const answer = await send(bed.url, latest(bed), keys.privateKey);
    expect(answer.status).toBe(200);
    expect(answer.body.type).toBe(4);
    expect(JSON.stringify(answer.body.data)).toContain("Dmitry Peskov");
    expect(bed.fake.errors).toEqual([]);
  });

  it("when the handler is slow, then the HTTP response defers and the answer arrives as an edit of the original", async () => {
    const bed = await serving({ delayMs: 150 });
    const answer = await send(bed.url, latest(bed), keys.privateKey);
    expect(answer.body).toEqual({ type: 5, data: { flags: 64 } });
    const edit = await waitFor("the edited original", () => bed.fake.requestsTo("PATCH", /@original$/)[0]);
    expect(JSON.stringify(edit.body)).toContain("Dmitry Peskov");
  });
});
