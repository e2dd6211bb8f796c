import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import BetterSqlite3 from "better-sqlite3";
import pg from "pg";
import { openStore } from "../../src/store/open-store.js";
import type { Store } from "../../src/store/store.js";

/** The PostgreSQL every test run uses (trust auth); each store gets its own throwaway schema. */
const postgresServer = "postgres://postgres@127.0.0.1:5432/test";

/** A database location that can be opened more than once (restart and migration tests). */
export interface StoreLocation {
  /** The database URL to pass to `openStore`. */
  url: string;
  /** Run raw SQL against the location, behind the store's back (to plant a corrupted row). */
  execute(sqlText: string): Promise<void>;
  /** Remove everything the location holds (temp directory or schema). */
  dispose(): Promise<void>;
}

export interface StoreBackend {
  name: "sqlite" | "postgres";
  /** A fresh, empty, migrated store; its `close()` also removes what it created. */
  open(): Promise<Store>;
  /** A fresh location to open stores on; call `dispose()` when done. */
  location(): Promise<StoreLocation>;
}

export const storeBackends: StoreBackend[] = [
  {
    name: "sqlite",
    open: () => openStore("sqlite::memory:"),
    location: async () => {
      const dir = mkdtempSync(path.join(tmpdir(), "newsbrief-store-"));
      const file = path.join(dir, "data", "newsbrief.db");
      return {
        url: `sqlite:${file}`,
        execute: async (sqlText) => {
          const database = new BetterSqlite3(file);
          try {
            database.exec(sqlText);
          } finally {
            database.close();
          }
        },
        dispose: async () => rmSync(dir, { recursive: true, force: true }),
      };
    },
  },
  {
    name: "postgres",
    open: async () => {
      const location = await postgresLocation();
      const store = await openStore(location.url).catch(async (error: unknown) => {
        await location.dispose();
        throw error;
      });
      return {
        ...store,
        close: async () => {
          await store.close();
          await location.dispose();
        },
      };
    },
    location: async () => postgresLocation(),
  },
];

async function postgresLocation(): Promise<StoreLocation> {
  const schema = `t_${randomBytes(6).toString("hex")}`;
  return {
    url: `${postgresServer}?schema=${schema}`,
    execute: (sqlText) => withClient(`set search_path to ${schema}; ${sqlText}`),
    dispose: () => withClient(`drop schema if exists ${schema} cascade`),
  };
}

async function withClient(sqlText: string): Promise<void> {
  const client = new pg.Client({ connectionString: postgresServer });
  await client.connect();
  try {
    await client.query(sqlText);
  } finally {
    await client.end();
  }
}
