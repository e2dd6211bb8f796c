import type { FakeMessage, FakeUser } from "./fake-slack-types.js";

/** What the Web API methods read and change. */
export interface WebApiState {
  botToken: string;
  appToken: string;
  messages: FakeMessage[];
  users: Map<string, FakeUser>;
  /** ws://… URL apps.connections.open hands out. */
  socketUrl(): string;
}

type Method = (state: WebApiState, params: Record<string, unknown>, token: string | undefined) => object;

let tsCounter = 0;

/**
 * The Web API methods the Slack adapter uses, as Slack answers them (HTTP 200, `ok` true or
 * false). Bot methods want the bot token, apps.connections.open the app-level token.
 */
export const webApiMethods: Readonly<Record<string, Method>> = {
  "auth.test": (state, _params, token) =>
    token === state.botToken
      ? {
          ok: true,
          url: "https://fake.slack.test/",
          team: "Fake",
          user: "newsbrief",
          team_id: "T0FAKE",
          user_id: "U0BOT",
          bot_id: "B0BOT",
        }
      : { ok: false, error: "invalid_auth" },
  "apps.connections.open": (state, _params, token) =>
    token === state.appToken ? { ok: true, url: state.socketUrl() } : { ok: false, error: "invalid_auth" },
  "chat.postMessage": (state, params, token) => {
    if (token !== state.botToken) return { ok: false, error: "invalid_auth" };
    const channel = String(params.channel ?? "");
    tsCounter += 1;
    const message: FakeMessage = {
      channel,
      ts: `${1_760_000_000 + tsCounter}.000100`,
      text: String(params.text ?? ""),
      blocks: params.blocks,
      metadata: params.metadata as FakeMessage["metadata"],
    };
    state.messages.push(message);
    return {
      ok: true,
      channel,
      ts: message.ts,
      message: { type: "message", text: message.text, ts: message.ts },
    };
  },
  "users.info": (state, params, token) => {
    if (token !== state.botToken) return { ok: false, error: "invalid_auth" };
    const id = String(params.user ?? "");
    const user = state.users.get(id) ?? {};
    return {
      ok: true,
      user: {
        id,
        name: id.toLowerCase(),
        is_admin: false,
        is_owner: false,
        is_primary_owner: false,
        ...user,
      },
    };
  },
  "conversations.history": (state, params, token) => {
    if (token !== state.botToken) return { ok: false, error: "invalid_auth" };
    const limit = Number(params.limit ?? 100);
    const withMetadata = String(params.include_all_metadata) === "true";
    const messages = state.messages
      .filter((message) => message.channel === params.channel)
      .reverse()
      .slice(0, limit)
      .map(({ channel: _channel, metadata, ...rest }) => ({
        type: "message",
        ...rest,
        ...(withMetadata && metadata ? { metadata } : {}),
      }));
    return { ok: true, messages, has_more: false };
  },
};
