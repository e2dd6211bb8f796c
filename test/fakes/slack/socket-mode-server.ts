import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { type WebSocket, WebSocketServer } from "ws";
import type { SocketAck } from "./fake-slack-types.js";

/** Slack shows the user an error when an envelope is not acknowledged within 3 seconds. */
export const socketAckDeadlineMs = 3000;

/** The Socket Mode side of the fake: hello on connect, envelopes pushed, acknowledgements recorded. */
export interface FakeSocketMode {
  /** Connections opened so far. */
  readonly connections: number;
  /** Clients connected now. */
  readonly open: number;
  acks: SocketAck[];
  /** Envelopes Slack would have shown as failed: not acknowledged within `socketAckDeadlineMs`. */
  expired: string[];
  /** Resolves once a client has connected and been sent `hello`. */
  connected(): Promise<void>;
  /** Send an envelope to the newest connection; resolves with the acknowledgement's payload. */
  push(payload: Record<string, unknown>, type?: string): Promise<unknown>;
  upgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void;
  close(): Promise<void>;
}

export function createFakeSocketMode(): FakeSocketMode {
  const server = new WebSocketServer({ noServer: true });
  const sockets: WebSocket[] = [];
  const waiting = new Map<string, { resolve: (payload: unknown) => void; timer: NodeJS.Timeout }>();
  const onConnect: Array<() => void> = [];
  let connections = 0;
  const state: FakeSocketMode = {
    get connections() {
      return connections;
    },
    get open() {
      return sockets.filter((socket) => socket.readyState === socket.OPEN).length;
    },
    acks: [],
    expired: [],
    connected: () =>
      state.open > 0 ? Promise.resolve() : new Promise<void>((resolve) => onConnect.push(resolve)),
    push(payload, type = "slash_commands") {
      const socket = sockets.at(-1);
      if (socket === undefined) return Promise.reject(new Error("fake socket mode: nobody is connected"));
      const envelopeId = randomUUID();
      const acked = new Promise<unknown>((resolve) => {
        const timer = setTimeout(() => state.expired.push(envelopeId), socketAckDeadlineMs);
        waiting.set(envelopeId, { resolve, timer });
      });
      socket.send(JSON.stringify({ envelope_id: envelopeId, type, payload, accepts_response_payload: true }));
      return acked;
    },
    upgrade(request, socket, head) {
      server.handleUpgrade(request, socket, head, (ws) => {
        connections += 1;
        sockets.push(ws);
        ws.on("message", (data) => {
          const ack = JSON.parse(String(data)) as SocketAck;
          state.acks.push(ack);
          const waiter = waiting.get(ack.envelope_id);
          waiting.delete(ack.envelope_id);
          if (waiter === undefined) return;
          clearTimeout(waiter.timer);
          waiter.resolve(ack.payload);
        });
        ws.send(JSON.stringify({ type: "hello", num_connections: 1, connection_info: { app_id: "A0FAKE" } }));
        for (const resolve of onConnect.splice(0)) resolve();
      });
    },
    async close() {
      for (const { timer } of waiting.values()) clearTimeout(timer);
      for (const socket of sockets) socket.terminate();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return state;
}
