import { Kysely, sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { postgresDialect } from "../../src/store/postgres-dialect.js";
import { startTcpProxy, type TcpProxy } from "../fakes/tcp-proxy.js";
import { scratchSchema } from "../support/cluster/scratch-schema.js";

describe("a PostgreSQL connection cut while a query holds it", () => {
  let proxy: TcpProxy | undefined;
  let db: Kysely<unknown> | undefined;
  const scratch = scratchSchema("cut");
  afterEach(async () => {
    await db?.destroy().catch(() => undefined);
    await proxy?.close();
    await scratch.drop();
  });

  it("when the network drops mid-query, then that query fails, the process keeps running, and the next query gets a new connection", async () => {
    proxy = await startTcpProxy({ host: "127.0.0.1", port: 5432 });
    const { dialect } = await postgresDialect(
      scratch.url.replace("127.0.0.1:5432", `127.0.0.1:${proxy.port}`),
    );
    db = new Kysely<unknown>({ dialect });
    await sql`select 1`.execute(db);
    const slow = sql`select pg_sleep(5)`.execute(db);
    const failed = slow.then(
      () => "answered",
      (error: unknown) => (error instanceof Error ? error.message : String(error)),
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    // Without a listener on the busy connection, its error event would be an uncaught exception here.
    await proxy.cut();
    expect(await failed).not.toBe("answered");
    await proxy.restore();
    const { rows } = await sql<{ one: number }>`select 1 as one`.execute(db);
    expect(rows).toEqual([{ one: 1 }]);
  });
});
