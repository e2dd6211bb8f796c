import { PostgresDialect } from "kysely";
import pg from "pg";
import { StoreError } from "./store-error.js";

/** A PostgreSQL dialect on a small pool, with every connection's search_path set to `schema`. */
export async function postgresDialect(databaseUrl: string): Promise<{ dialect: PostgresDialect; schema: string }> {
  const { connectionString, schema } = splitSchema(databaseUrl);
  if (schema !== null) await createSchema(connectionString, schema);
  const pool = new pg.Pool({
    connectionString,
    max: 5,
    // Set at connection start-up, so no query can ever run against another schema.
    options: schema === null ? undefined : `-c search_path=${schema}`,
  });
  return { dialect: new PostgresDialect({ pool }), schema: schema ?? "public" };
}

/** Take `?schema=NAME` off the URL (pg would pass it on to the server as an unknown option). */
function splitSchema(databaseUrl: string): { connectionString: string; schema: string | null } {
  let url: URL;
  try {
    url = new URL(databaseUrl);
  } catch (error) {
    throw new StoreError("store_url_invalid", "database URL: not a valid postgres:// URL", { cause: error });
  }
  const schema = url.searchParams.get("schema");
  url.searchParams.delete("schema");
  if (schema === null) return { connectionString: url.toString(), schema: null };
  // The name is spliced into SQL and a connection option, so only plain identifiers are allowed.
  if (!/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(schema)) {
    throw new StoreError("store_url_invalid", `database URL: schema "${schema}" must be a plain identifier`);
  }
  return { connectionString: url.toString(), schema: schema.toLowerCase() };
}

async function createSchema(connectionString: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query(`create schema if not exists "${schema}"`);
  } catch (error) {
    // Two replicas creating the schema at once: one of them loses the race, which is fine.
    if (!isDuplicate(error)) throw error;
  } finally {
    await client.end();
  }
}

function isDuplicate(error: unknown): boolean {
  const code = typeof error === "object" && error !== null && "code" in error ? error.code : undefined;
  return code === "23505" || code === "42P06";
}
