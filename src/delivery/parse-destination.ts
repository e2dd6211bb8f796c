/** A channel address split into the adapter that serves it and that adapter's channel id. */
export interface Destination {
  /** "console", "discord", "slack", "discord-webhook", "slack-webhook". */
  platform: string;
  /** The platform's channel id, the webhook's name, or "console". */
  channelId: string;
}

/** "discord:123" → discord / 123; "console" → console / console. */
export function parseDestination(channel: string): Destination {
  const colon = channel.indexOf(":");
  if (colon < 0) return { platform: channel, channelId: channel };
  return { platform: channel.slice(0, colon), channelId: channel.slice(colon + 1) };
}
