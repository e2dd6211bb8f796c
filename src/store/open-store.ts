import { type Dialect, Kysely } from "kysely";
import { type Logger, silentLogger } from "../logger.js";
import type { Database } from "./database-schema.js";
import { createKyselyStore } from "./kysely-store.js";
import { runMigrations } from "./run-migrations.js";
import { sqliteLocation } from "./sqlite-location.js";
import type { Store } from "./store.js";
import { StoreError } from "./store-error.js";

// How the store reads a sqlite: URL, for callers that must know where it points (main: can other
// threads open it?) without reaching into the store's internals.
export { sqliteLocation };

/**
 * Open the store named by a database URL and bring its schema up to date:
 * `sqlite:PATH` (file, created with its directory if missing), `sqlite::memory:`, or
 * `postgres://…` / `postgresql://…` with an optional `?schema=NAME` (created if missing).
 */
export async function openStore(databaseUrl: string, options: { logger?: Logger } = {}): Promise<Store> {
  const logger = options.logger ?? silentLogger;
  const { dialect, kind, where, schema } = await dialectFor(databaseUrl.trim());
  const db = new Kysely<Database>({ dialect });
  try {
    await runMigrations(db as unknown as Kysely<unknown>, logger, schema);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  logger.info("store opened", { dialect: kind, location: where });
  return createKyselyStore(db, kind);
}

async function dialectFor(
  databaseUrl: string,
): Promise<{ dialect: Dialect; kind: Store["dialect"]; where: string; schema?: string }> {
  const location = sqliteLocation(databaseUrl);
  if (location !== undefined) {
    if (location === "") throw new StoreError("store_url_invalid", 'database URL: "sqlite:" needs a path');
    // Drivers load on demand: a SQLite bot never pays for pg, nor a Postgres replica for SQLite.
    const { sqliteDialect } = await import("./sqlite-dialect.js");
    return { dialect: sqliteDialect(location), kind: "sqlite", where: location };
  }
  if (/^postgres(ql)?:\/\//.test(databaseUrl)) {
    const { postgresDialect } = await import("./postgres-dialect.js");
    const { dialect, schema } = await postgresDialect(databaseUrl);
    return { dialect, kind: "postgres", where: `schema ${schema}`, schema };
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(databaseUrl)?.[1] ?? databaseUrl.slice(0, 20);
  throw new StoreError(
    "store_url_invalid",
    `database URL: unsupported scheme "${scheme}"; expected "sqlite:PATH", "sqlite::memory:" or "postgres://…"`,
  );
}
