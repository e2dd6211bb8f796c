import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { type WebSocket, WebSocketServer } from "ws";

/** The bot user and application the fake announces in READY. */
export interface FakeIdentity {
  applicationId: string;
  botUser: { id: string; username: string };
  guilds: { id: string; name: string }[];
}

/** A gateway stand-in: HELLO, IDENTIFY → READY and GUILD_CREATE, heartbeat ACKs, dispatches on demand. */
export interface FakeGateway {
  /** Every IDENTIFY payload (`d`) received. */
  identifies: Record<string, unknown>[];
  /** The URL (path and query) of every connection, to see what discord.js asked for (encoding, compression). */
  connectionUrls: string[];
  /** Heartbeats received (op 1). */
  heartbeats: number;
  /** Gateway protocol problems (unknown opcodes, unparsable frames). */
  errors: string[];
  /** Open connections that have identified. */
  openSessions(): number;
  /** Send a dispatch (op 0) to every identified connection. */
  dispatch(event: string, data: unknown): void;
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void;
  close(): void;
}

export function createFakeGateway(identity: FakeIdentity, heartbeatIntervalMs = 41_250): FakeGateway {
  const server = new WebSocketServer({ noServer: true });
  const identified = new Set<WebSocket>();
  let sequence = 0;
  const send = (socket: WebSocket, payload: unknown) => socket.send(JSON.stringify(payload));
  const sendDispatch = (socket: WebSocket, event: string, data: unknown) => {
    sequence += 1;
    send(socket, { op: 0, t: event, s: sequence, d: data });
  };
  const gateway: FakeGateway = {
    identifies: [],
    connectionUrls: [],
    heartbeats: 0,
    errors: [],
    openSessions: () => identified.size,
    dispatch(event, data) {
      for (const socket of identified) sendDispatch(socket, event, data);
    },
    handleUpgrade(request, socket, head) {
      gateway.connectionUrls.push(request.url ?? "");
      server.handleUpgrade(request, socket, head, (ws) => server.emit("connection", ws));
    },
    close() {
      for (const client of server.clients) client.terminate();
      server.close();
    },
  };
  server.on("connection", (socket: WebSocket) => {
    socket.on("close", () => identified.delete(socket));
    socket.on("message", (raw: Buffer) => {
      let frame: { op?: number; d?: Record<string, unknown> };
      try {
        frame = JSON.parse(raw.toString("utf8"));
      } catch {
        gateway.errors.push(`unparsable frame (compressed?): ${raw.subarray(0, 20).toString("hex")}`);
        return;
      }
      if (frame.op === 1) {
        gateway.heartbeats += 1;
        send(socket, { op: 11 });
      } else if (frame.op === 2) {
        gateway.identifies.push(frame.d ?? {});
        identified.add(socket);
        sendDispatch(socket, "READY", ready(identity));
        for (const guild of identity.guilds) sendDispatch(socket, "GUILD_CREATE", guildCreate(guild));
      } else if (frame.op !== 3) {
        gateway.errors.push(`unexpected opcode ${String(frame.op)}`);
      }
    });
    send(socket, { op: 10, d: { heartbeat_interval: heartbeatIntervalMs } });
  });
  return gateway;
}

function ready(identity: FakeIdentity) {
  return {
    v: 10,
    user: { ...identity.botUser, discriminator: "0", global_name: null, avatar: null, bot: true, flags: 0 },
    guilds: identity.guilds.map((guild) => ({ id: guild.id, unavailable: true })),
    session_id: "fake-session",
    resume_gateway_url: "ws://127.0.0.1:1/unused",
    shard: [0, 1],
    application: { id: identity.applicationId, flags: 0 },
  };
}

function guildCreate(guild: { id: string; name: string }) {
  return {
    id: guild.id,
    name: guild.name,
    icon: null,
    owner_id: "100000000000000001",
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    roles: [
      {
        id: guild.id,
        name: "@everyone",
        permissions: "0",
        position: 0,
        color: 0,
        hoist: false,
        managed: false,
        mentionable: false,
        flags: 0,
      },
    ],
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: 0,
    system_channel_flags: 0,
    preferred_locale: "en-US",
    nsfw_level: 0,
    premium_tier: 0,
    joined_at: "2025-11-20T08:00:00.000Z",
    large: false,
    unavailable: false,
    member_count: 2,
    voice_states: [],
    members: [],
    channels: [],
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
    application_id: null,
    lazy: true,
  };
}
