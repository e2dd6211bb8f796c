import { type Compilable, type CompiledQuery, createQueryId, type Kysely } from "kysely";

/** Parameters of a query: a value per name, or undefined when the query leaves that part out. */
type QueryParameters = Record<string, string | number | undefined>;

/** Where a compiled parameter comes from: a named parameter, or a constant the query itself holds. */
type ParameterSource = { name: string } | { constant: unknown };

/**
 * A query built with Kysely but compiled once per shape (which parameters are given) and then run
 * with each call's values. Why: building and compiling a join with its ordering costs about as
 * much as SQLite takes to run a 16-row page of it, on a path (`/latest`) where every 0.1 ms shows.
 * `build` is called once per shape with markers in place of the values; a query whose SQL depends
 * on a value rather than on whether it is present must not use this, except through `inlined`:
 * parameters whose value is part of the shape and reaches `build` as itself (a page size, say,
 * which `build` may then write into the SQL; a call with another value is another shape).
 */
export function reusableQuery<DB, P extends QueryParameters, Row>(
  db: Kysely<DB>,
  build: (parameters: P) => Compilable<Row>,
  inlined: readonly (keyof P & string)[] = [],
): (parameters: P) => Promise<Row[]> {
  const compiled = new Map<string, { query: CompiledQuery<Row>; sources: ParameterSource[] }>();
  return async (parameters) => {
    const names = Object.keys(parameters).filter((name) => parameters[name] !== undefined);
    const shape = `${names.join(",")}|${inlined.map((name) => parameters[name]).join(",")}`;
    let entry = compiled.get(shape);
    if (entry === undefined) {
      const markers = Object.fromEntries(
        names.map((name) => [name, inlined.includes(name) ? parameters[name] : marker(name)]),
      ) as P;
      const query = build(markers).compile();
      const sources = query.parameters.map((value): ParameterSource => {
        const name =
          typeof value === "string" && value.startsWith(markerPrefix)
            ? value.slice(markerPrefix.length)
            : undefined;
        return name === undefined ? { constant: value } : { name };
      });
      entry = { query, sources };
      compiled.set(shape, entry);
    }
    const values = entry.sources.map((source) =>
      "name" in source ? parameters[source.name] : source.constant,
    );
    // A fresh query id per run: plugins key what they keep about a query by it.
    const result = await db.executeQuery<Row>({
      ...entry.query,
      parameters: values,
      queryId: createQueryId(),
    });
    return result.rows;
  };
}

const markerPrefix = "\u0000parameter:";
const marker = (name: string) => `${markerPrefix}${name}`;
