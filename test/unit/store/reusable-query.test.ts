import { Kysely, sql } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { reusableQuery } from "../../../src/store/reusable-query.js";
import { sqliteDialect } from "../../../src/store/sqlite-dialect.js";

interface Db {
  notes: { id: number; author: string; tag: string | null };
}

interface NotesPage {
  [parameter: string]: string | number | undefined;
  author?: string | undefined;
  afterId?: number | undefined;
  limit: number;
}

describe("a query compiled once per shape", () => {
  let db: Kysely<Db>;
  let builds: string[];
  let notesPage: (page: NotesPage) => Promise<{ id: number }[]>;

  beforeEach(async () => {
    db = new Kysely<Db>({ dialect: sqliteDialect(":memory:") });
    await sql`create table notes (id integer primary key, author text not null, tag text)`.execute(db);
    await sql`insert into notes (id, author, tag) values
      (1, 'ana', 'x'), (2, 'ben', null), (3, 'ana', null), (4, 'ana', 'x'), (5, 'ben', 'x')`.execute(db);
    builds = [];
    notesPage = reusableQuery(db, (page: NotesPage) => {
      builds.push(Object.keys(page).join(","));
      // A constant of the query's own ("x") must stay a constant, whatever the call's values.
      let select = db.selectFrom("notes").select("id").where("tag", "=", "x");
      if (page.author !== undefined) select = select.where("author", "=", page.author);
      if (page.afterId !== undefined) select = select.where("id", ">", page.afterId);
      return select.orderBy("id").limit(page.limit);
    });
  });
  afterEach(async () => {
    await db.destroy();
  });

  it("when called with other values of the same shape, then each call answers for its own values", async () => {
    expect(await notesPage({ author: "ana", limit: 10 })).toEqual([{ id: 1 }, { id: 4 }]);
    expect(await notesPage({ author: "ben", limit: 10 })).toEqual([{ id: 5 }]);
    expect(await notesPage({ author: "ana", limit: 1 })).toEqual([{ id: 1 }]);
    expect(builds).toEqual(["author,limit"]);
  });

  it("when a part is left out or added, then that shape is built once more and filters as asked", async () => {
    expect(await notesPage({ limit: 10 })).toEqual([{ id: 1 }, { id: 4 }, { id: 5 }]);
    expect(await notesPage({ author: "ana", afterId: 1, limit: 10 })).toEqual([{ id: 4 }]);
    expect(await notesPage({ author: undefined, afterId: 4, limit: 10 })).toEqual([{ id: 5 }]);
    expect(await notesPage({ afterId: 0, limit: 2 })).toEqual([{ id: 1 }, { id: 4 }]);
    expect(builds).toEqual(["limit", "author,afterId,limit", "afterId,limit"]);
  });

  it("when a parameter is inlined, then each of its values is a shape of its own and reaches the build as itself", async () => {
    const inlinedBuilds: unknown[] = [];
    const page = reusableQuery(
      db,
      (parameters: NotesPage) => {
        inlinedBuilds.push(parameters.limit);
        return db.selectFrom("notes").select("id").orderBy("id").limit(sql.lit(parameters.limit));
      },
      ["limit"],
    );
    expect(await page({ limit: 2 })).toEqual([{ id: 1 }, { id: 2 }]);
    expect(await page({ limit: 1 })).toEqual([{ id: 1 }]);
    expect(await page({ limit: 2 })).toEqual([{ id: 1 }, { id: 2 }]);
    expect(inlinedBuilds).toEqual([2, 1]);
  });
});
