import { mkdirSync } from "node:fs";
import path from "node:path";
import BetterSqlite3 from "better-sqlite3";
import {
  CompiledQuery,
  type DatabaseConnection,
  type Dialect,
  type Kysely,
  SqliteAdapter,
  type SqliteDatabase,
  SqliteDriver,
  SqliteIntrospector,
  SqliteQueryCompiler,
} from "kysely";

/**
 * SQLite on better-sqlite3 for `:memory:` or a file path (its parent directory is created when
 * missing). Differs from Kysely's SqliteDialect in two ways that matter when two processes share
 * a file (the bot and a CLI command): transactions begin IMMEDIATE, so a writer waits for the
 * write lock up front instead of failing when it upgrades a stale read; and migrations run inside
 * one such transaction, so a second process waits and then finds them applied.
 */
export function sqliteDialect(location: string): Dialect {
  if (location !== ":memory:") mkdirSync(path.dirname(path.resolve(location)), { recursive: true });
  const database = new BetterSqlite3(location);
  // WAL lets readers (slash commands) run while ingest writes; busy_timeout makes another
  // process's write lock a wait rather than an immediate SQLITE_BUSY.
  database.pragma("journal_mode = WAL");
  database.pragma("busy_timeout = 5000");
  database.pragma("foreign_keys = ON");
  database.pragma("synchronous = NORMAL");
  const config = { database: withStatementCache(database) };
  return {
    createAdapter: () => new TransactionalDdlSqliteAdapter(),
    createDriver: () => new ImmediateSqliteDriver(config),
    createIntrospector: (db: Kysely<unknown>) => new SqliteIntrospector(db),
    createQueryCompiler: () => new SqliteQueryCompiler(),
  };
}

/** Statements kept per connection; a bot runs a few dozen distinct queries. */
const maxStatements = 256;

/**
 * The database as Kysely's driver sees it, with each statement prepared once per SQL text: a
 * query's text is the same every time (values are parameters), and preparing a join costs as much
 * as running it for a page of rows. Kysely's driver runs one statement at a time on the
 * connection and never streams, so a statement is never in use twice at once.
 */
function withStatementCache(database: BetterSqlite3.Database): SqliteDatabase {
  const statements = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => database.close(),
    prepare(sql) {
      let statement = statements.get(sql);
      if (statement === undefined) {
        if (statements.size >= maxStatements) statements.clear();
        statement = database.prepare(sql);
        statements.set(sql, statement);
      }
      return statement;
    },
  };
}

class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw("begin immediate"));
  }
}

class TransactionalDdlSqliteAdapter extends SqliteAdapter {
  // SQLite does roll back DDL; saying so makes Kysely's Migrator wrap migrations in a transaction.
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}
