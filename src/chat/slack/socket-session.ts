import type { SocketModeReceiver } from "@slack/bolt";
import type { Logger } from "../../logger.js";
import type { ChatSession } from "../chat-adapter.js";

/**
 * Socket Mode as the adapter's session: `open` asks `apps.connections.open` for a WebSocket URL
 * (with the app-level token) and resolves once Slack's `hello` arrives; the client reconnects by
 * itself when Slack recycles the connection. `close` sends a close frame and waits for the end.
 */
export function createSocketSession(receiver: SocketModeReceiver, logger: Logger): ChatSession {
  let connected = false;
  let opening: Promise<void> | undefined;
  receiver.client.on("connected", () => {
    connected = true;
  });
  for (const state of ["reconnecting", "disconnected", "close"]) {
    receiver.client.on(state, () => {
      connected = false;
    });
  }
  return {
    open() {
      if (connected) return Promise.resolve();
      opening ??= receiver
        .start()
        .then(() => logger.info("slack socket mode connected"))
        .catch((error: unknown) => {
          throw new Error(`Slack Socket Mode did not connect: ${String(error)}`, { cause: error });
        })
        .finally(() => {
          opening = undefined;
        });
      return opening;
    },
    async close() {
      await opening?.catch(() => undefined);
      await receiver.client.disconnect();
      connected = false;
    },
    isOpen: () => connected,
  };
}
