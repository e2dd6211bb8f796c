import { createHash } from "node:crypto";

/** The id of a workspace's subscription of a channel to a topic: the same triple always gets the same id. */
export function subscriptionIdFor(workspaceId: string, channel: string, topic: string): string {
  return createHash("sha256").update(`${workspaceId}\n${channel}\n${topic}`).digest("hex").slice(0, 24);
}
