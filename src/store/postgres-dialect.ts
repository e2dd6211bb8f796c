import {
  type DatabaseIntrospector,
  type DatabaseMetadataOptions,
  type Kysely,
  PostgresDialect,
  PostgresIntrospector,
  sql,
  type TableMetadata,
} from "kysely";
import pg from "pg";
import { StoreError } from "./store-error.js";

/**
 * A PostgreSQL dialect on a small pool, with every connection's search_path set to one schema:
 * `?schema=NAME` (created if missing), else the server's current schema for this user.
 */
export async function postgresDialect(
  databaseUrl: string,
): Promise<{ dialect: PostgresDialect; schema: string }> {
  const { connectionString, schema: wanted } = splitSchema(databaseUrl);
  const schema = await prepareSchema(connectionString, wanted);
  const pool = new pg.Pool({
    connectionString,
    // Five per replica: ten replicas stay far below PostgreSQL's default of 100 connections.
    max: 5,
    // While the server is away, queries fail within seconds (the bot says not ready) instead of hanging.
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
    // Set at connection start-up, so no query can ever run against another schema.
    options: `-c search_path=${schema}`,
  });
  // A pooled connection the server dropped (restart, network cut) is reported here; without a
  // listener Node would end the process. The next query opens a new connection.
  pool.on("error", () => undefined);
  // The pool listens only while a connection is idle: one dropped while a query holds it reports
  // on the connection itself, and with no listener that too would end the process. The query
  // fails on its own (the caller sees the store error), and the pool drops the dead connection
  // when it comes back.
  pool.on("connect", (client) => client.on("error", () => undefined));
  return { dialect: new SchemaPostgresDialect({ pool }, schema), schema };
}

/**
 * PostgresDialect whose introspection sees one schema. Why: Kysely's Migrator asks for every
 * table of every schema (with each column's serial sequence) just to find its own two tables, and
 * that query fails when another schema is dropped meanwhile (a second bot, a parallel test run).
 */
class SchemaPostgresDialect extends PostgresDialect {
  constructor(
    config: ConstructorParameters<typeof PostgresDialect>[0],
    private readonly schema: string,
  ) {
    super(config);
  }

  override createIntrospector(db: Kysely<unknown>): DatabaseIntrospector {
    return new SchemaIntrospector(db, this.schema);
  }
}

/** Tables of one schema, by name only (what the Migrator looks for). */
class SchemaIntrospector extends PostgresIntrospector {
  constructor(
    private readonly database: Kysely<unknown>,
    private readonly schema: string,
  ) {
    super(database);
  }

  override async getTables(
    options: DatabaseMetadataOptions = { withInternalKyselyTables: false },
  ): Promise<TableMetadata[]> {
    const { rows } = await sql<{ name: string; type: string }>`
      select table_name as name, table_type as type from information_schema.tables
      where table_schema = ${this.schema}`.execute(this.database);
    return rows
      .filter((row) => options.withInternalKyselyTables === true || !row.name.startsWith("kysely_"))
      .map((row) => ({ name: row.name, schema: this.schema, isView: row.type === "VIEW", columns: [] }));
  }
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

async function prepareSchema(connectionString: string, wanted: string | null): Promise<string> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    if (wanted === null) {
      const result = await client.query<{ schema: string | null }>("select current_schema() as schema");
      return result.rows[0]?.schema ?? "public";
    }
    await client.query(`create schema if not exists "${wanted}"`);
    return wanted;
  } catch (error) {
    // Two replicas creating the schema at once: one of them loses the race, which is fine.
    if (wanted !== null && isDuplicate(error)) return wanted;
    throw error;
  } finally {
    await client.end();
  }
}

function isDuplicate(error: unknown): boolean {
  const code = typeof error === "object" && error !== null && "code" in error ? error.code : undefined;
  return code === "23505" || code === "42P06";
}
