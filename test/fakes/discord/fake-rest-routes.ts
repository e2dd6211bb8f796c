import type { FakeIdentity } from "./fake-gateway.js";

/** A message as the fake stores and returns it. */
export interface FakeMessage {
  id: string;
  channel_id: string;
  author: { id: string; username: string; bot?: boolean };
  content: string;
  embeds: { footer?: { text: string } }[];
  nonce?: string | number;
  timestamp: string;
}

/** What the fake REST API holds: registered commands and channel messages. */
export interface FakeRestState {
  /** Registered commands: key "global" or a guild id. */
  commands: Map<string, unknown[]>;
  /** Messages per channel, oldest first. */
  messages: Map<string, FakeMessage[]>;
}

/** One answer: status and JSON body (undefined for 204). */
export interface FakeAnswer {
  status: number;
  body?: unknown;
}

type Handler = (match: RegExpExecArray, body: unknown, query: URLSearchParams) => FakeAnswer;

let nextId = 1_400_000_000_000_000_000n;
/** A fresh snowflake-shaped id, increasing. */
export function snowflake(): string {
  nextId += 1n;
  return nextId.toString();
}

/** The REST v10 routes the bot uses, each `METHOD /path` (after /api/v10) with a handler. */
export function fakeRestRoutes(
  identity: FakeIdentity,
  state: FakeRestState,
  gatewayUrl: () => string,
): [string, RegExp, Handler][] {
  const bot = { ...identity.botUser, bot: true };
  const commandsOf = (key: string) => ({ status: 200, body: state.commands.get(key) ?? [] });
  const register = (key: string, body: unknown): FakeAnswer => {
    const list = Array.isArray(body) ? body : [];
    const stored = list.map((command: Record<string, unknown>) => ({
      ...command,
      id: snowflake(),
      application_id: identity.applicationId,
      version: snowflake(),
      // Discord answers with permissions as a string, whatever was sent.
      default_member_permissions:
        command.default_member_permissions === null || command.default_member_permissions === undefined
          ? null
          : String(command.default_member_permissions),
    }));
    state.commands.set(key, stored);
    return { status: 200, body: stored };
  };
  const webhookMessage = (body: unknown): FakeAnswer => ({
    status: 200,
    body: { ...(body as object), id: snowflake(), author: bot },
  });
  return [
    ["GET", /^\/gateway\/bot$/, () => ({ status: 200, body: gatewayInfo(gatewayUrl()) })],
    ["GET", /^\/users\/@me$/, () => ({ status: 200, body: bot })],
    ["GET", /^\/applications\/(\d+)\/commands$/, () => commandsOf("global")],
    ["PUT", /^\/applications\/(\d+)\/commands$/, (_m, body) => register("global", body)],
    ["GET", /^\/applications\/(\d+)\/guilds\/(\d+)\/commands$/, (m) => commandsOf(m[2] ?? "")],
    ["PUT", /^\/applications\/(\d+)\/guilds\/(\d+)\/commands$/, (m, body) => register(m[2] ?? "", body)],
    ["POST", /^\/interactions\/(\d+)\/([^/]+)\/callback$/, () => ({ status: 204 })],
    ["PATCH", /^\/webhooks\/(\d+)\/([^/]+)\/messages\/@original$/, (_m, body) => webhookMessage(body)],
    ["DELETE", /^\/webhooks\/(\d+)\/([^/]+)\/messages\/@original$/, () => ({ status: 204 })],
    ["POST", /^\/webhooks\/(\d+)\/([^/]+)$/, (_m, body) => webhookMessage(body)],
    [
      "GET",
      /^\/channels\/(\d+)\/messages$/,
      (m, _body, query) => {
        const limit = Math.min(100, Number(query.get("limit") ?? "50"));
        const newestFirst = [...(state.messages.get(m[1] ?? "") ?? [])].reverse();
        return { status: 200, body: newestFirst.slice(0, limit) };
      },
    ],
    ["POST", /^\/channels\/(\d+)\/messages$/, (m, body) => createMessage(state, m[1] ?? "", body, bot)],
    [
      "POST",
      /^\/users\/@me\/channels$/,
      (_m, body) => {
        // A DM channel per user, the same id every time (Discord answers the existing one).
        const recipient = String((body as { recipient_id?: unknown })?.recipient_id ?? "");
        return {
          status: 200,
          body: { id: `9${recipient.slice(1)}`, type: 1, recipients: [{ id: recipient }] },
        };
      },
    ],
  ];
}

function createMessage(
  state: FakeRestState,
  channelId: string,
  body: unknown,
  author: FakeMessage["author"],
): FakeAnswer {
  const sent = (body ?? {}) as Partial<FakeMessage> & { enforce_nonce?: boolean };
  const channel = state.messages.get(channelId) ?? [];
  // Like Discord: with enforce_nonce, a nonce seen recently returns the first message, not a new one.
  const earlier = channel.find((message) => sent.enforce_nonce === true && message.nonce === sent.nonce);
  if (earlier !== undefined) return { status: 200, body: earlier };
  const message: FakeMessage = {
    id: snowflake(),
    channel_id: channelId,
    author,
    content: sent.content ?? "",
    embeds: sent.embeds ?? [],
    ...(sent.nonce === undefined ? {} : { nonce: sent.nonce }),
    timestamp: new Date().toISOString(),
  };
  channel.push(message);
  state.messages.set(channelId, channel);
  return { status: 200, body: message };
}

function gatewayInfo(url: string) {
  return {
    url,
    shards: 1,
    session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 },
  };
}
