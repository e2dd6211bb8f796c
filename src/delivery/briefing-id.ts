import { createHash } from "node:crypto";

/** The outbox id of a channel's briefing of a topic for a slot: the same in every replica. */
export function briefingIdFor(order: {
  channel: string;
  workspaceId: string;
  topic: string;
  slot: Date;
}): string {
  return createHash("sha256")
    .update(`${order.channel}\n${order.workspaceId}\n${order.topic}\n${order.slot.toISOString()}`)
    .digest("hex")
    .slice(0, 32);
}
