import pg from "pg";

/** The PostgreSQL every test and benchmark run uses (trust auth). */
export const postgresServer = "postgres://postgres@127.0.0.1:5432/test";

/** A fresh schema name and the DATABASE_URL that uses it; `drop()` removes everything in it. */
export function scratchSchema(prefix: string): { schema: string; url: string; drop(): Promise<void> } {
  const schema = `${prefix}_${Math.random().toString(16).slice(2, 10)}`;
  return {
    schema,
    url: `${postgresServer}?schema=${schema}`,
    drop: async () => {
      const client = new pg.Client({ connectionString: postgresServer });
      await client.connect();
      try {
        await client.query(`drop schema if exists "${schema}" cascade`);
      } finally {
        await client.end();
      }
    },
  };
}

/** Rows of one table of a scratch schema, behind the store's back (to count what it holds). */
export async function schemaRows<T extends Record<string, unknown>>(
  schema: string,
  sqlText: string,
): Promise<T[]> {
  const client = new pg.Client({ connectionString: postgresServer, options: `-c search_path=${schema}` });
  await client.connect();
  try {
    return (await client.query<T>(sqlText)).rows;
  } finally {
    await client.end();
  }
}
