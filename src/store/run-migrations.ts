import { type Kysely, Migrator } from "kysely";
import type { Logger } from "../logger.js";
import { migrationProvider } from "./migrations/migration-provider.js";
import { StoreError } from "./store-error.js";

/**
 * Bring the schema up to date. Idempotent: applied migrations are recorded in
 * `kysely_migration`, and Kysely takes a lock (an advisory lock on PostgreSQL) so replicas
 * starting together migrate once.
 */
export async function runMigrations(db: Kysely<unknown>, logger: Logger, schema?: string): Promise<void> {
  // Naming the schema matters on PostgreSQL: Kysely looks for its migration tables in every
  // schema, so another schema's tables (a second bot, a test run) would otherwise count as ours.
  const migrator = new Migrator({ db, provider: migrationProvider, migrationTableSchema: schema });
  const { error, results } = await migrator.migrateToLatest();
  for (const result of results ?? []) {
    if (result.status === "Success")
      logger.info("store migration applied", { migration: result.migrationName });
    if (result.status === "Error")
      logger.error("store migration failed", { migration: result.migrationName });
  }
  if (error !== undefined) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new StoreError("store_migration_failed", `store migration failed: ${reason}`, { cause: error });
  }
}
