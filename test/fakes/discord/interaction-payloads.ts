import { snowflake } from "./fake-rest-routes.js";

/** Where and by whom a test interaction is sent. */
export interface InteractionSource {
  applicationId: string;
  guildId: string;
}

export interface InteractionInput {
  /** Command name without the slash. */
  name: string;
  subcommand?: string;
  /** Option values (3 string, 5 boolean by their JS type). */
  options?: Record<string, string | boolean>;
  /** The option being typed: makes it an autocomplete interaction (type 4). */
  focused?: string;
  /** The member's permissions in the channel, a decimal bit set (default "0": none). */
  permissions?: string;
  /** Sent in a DM: no guild, no member. */
  directMessage?: boolean;
  channelId?: string;
  userId?: string;
}

/**
 * An INTERACTION_CREATE payload shaped like Discord's (the fields discord.js reads included), for
 * dispatching through the fake gateway or signing for the HTTP endpoint.
 */
export function interactionPayload(source: InteractionSource, input: InteractionInput) {
  const channelId = input.channelId ?? "1300000000000000010";
  const user = {
    id: input.userId ?? "1300000000000000020",
    username: "reader",
    discriminator: "0",
    global_name: "Reader",
    avatar: null,
  };
  let options: unknown[] = Object.entries(input.options ?? {}).map(([name, value]) => ({
    name,
    type: typeof value === "boolean" ? 5 : 3,
    value,
    ...(input.focused === name ? { focused: true } : {}),
  }));
  if (input.subcommand !== undefined) options = [{ name: input.subcommand, type: 1, options }];
  const place =
    input.directMessage === true
      ? { user, channel: { id: channelId, type: 1 }, context: 1 }
      : {
          guild_id: source.guildId,
          guild: { id: source.guildId, locale: "en-US", features: [] },
          guild_locale: "en-US",
          member: {
            user,
            roles: [],
            joined_at: "2025-11-01T00:00:00.000Z",
            deaf: false,
            mute: false,
            flags: 0,
            pending: false,
            permissions: input.permissions ?? "0",
          },
          channel: {
            id: channelId,
            type: 0,
            guild_id: source.guildId,
            name: "news",
            position: 0,
            permission_overwrites: [],
          },
          context: 0,
        };
  return {
    id: snowflake(),
    application_id: source.applicationId,
    type: input.focused === undefined ? 2 : 4,
    token: `interaction-token-${snowflake()}`,
    version: 1,
    channel_id: channelId,
    locale: "en-GB",
    app_permissions: "84992",
    entitlements: [],
    authorizing_integration_owners: { "0": source.guildId },
    attachment_size_limit: 10_485_760,
    data: { id: snowflake(), name: input.name, type: 1, options },
    ...place,
  };
}
