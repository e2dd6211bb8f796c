import { mkdirSync } from "node:fs";
import path from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { SqliteDialect } from "kysely";

/** `:memory:` or a file path (its parent directory is created when missing). */
export function sqliteDialect(location: string): SqliteDialect {
  if (location !== ":memory:") mkdirSync(path.dirname(path.resolve(location)), { recursive: true });
  const database = new BetterSqlite3(location);
  // WAL lets readers (slash commands) run while ingest writes; busy_timeout makes a second
  // process on the same file wait for the write lock instead of failing at once.
  database.pragma("journal_mode = WAL");
  database.pragma("busy_timeout = 5000");
  database.pragma("foreign_keys = ON");
  database.pragma("synchronous = NORMAL");
  return new SqliteDialect({ database });
}
