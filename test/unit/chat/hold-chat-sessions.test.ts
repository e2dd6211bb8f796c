import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ChatSession } from "../../../src/chat/chat-adapter.js";
import { holdChatSessions } from "../../../src/chat/hold-chat-sessions.js";
import { silentLogger } from "../../../src/logger.js";
import type { Store } from "../../../src/store/store.js";
import { storeBackends } from "../../support/test-stores.js";

function fakeSession(): ChatSession & { opened: number } {
  let open = false;
  const session = {
    opened: 0,
    async open() {
      open = true;
      session.opened += 1;
    },
    async close() {
      open = false;
    },
    isOpen: () => open,
  };
  return session;
}

const waitFor = async (check: () => boolean, timeoutMs = 3_000) => {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};

describe.each(storeBackends)("chat sessions held through a lease in the $name store", (backend) => {
  let store: Store;
  beforeEach(async () => {
    store = await backend.open();
  });
  afterEach(async () => {
    await store.close();
  });

  it("when two replicas start, then only one opens the sessions; when it stops, the other takes over", async () => {
    const sessionA = fakeSession();
    const sessionB = fakeSession();
    const options = { store, logger: silentLogger, ttlMs: 300, renewEveryMs: 50 };
    const a = holdChatSessions({
      ...options,
      owner: "a",
      sessions: [{ platform: "discord", session: sessionA }],
    });
    await waitFor(() => a.holding());
    const b = holdChatSessions({
      ...options,
      owner: "b",
      sessions: [{ platform: "discord", session: sessionB }],
    });
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect([sessionA.isOpen(), sessionB.isOpen()]).toEqual([true, false]);
    await a.stop();
    expect(sessionA.isOpen()).toBe(false);
    await waitFor(() => sessionB.isOpen());
    await b.stop();
  });

  it("when the holder dies without releasing, then another replica opens the sessions after the lease runs out", async () => {
    // A dead holder: its lease row stays until it expires.
    await store.acquireLease(
      "chat-sessions",
      "dead",
      new Date().toISOString(),
      new Date(Date.now() + 300).toISOString(),
    );
    const session = fakeSession();
    const b = holdChatSessions({
      store,
      logger: silentLogger,
      owner: "b",
      ttlMs: 300,
      renewEveryMs: 50,
      sessions: [{ platform: "slack", session }],
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(session.isOpen()).toBe(false);
    await waitFor(() => session.isOpen());
    await b.stop();
  });
});
