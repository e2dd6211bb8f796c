import type { Kysely } from "kysely";

/** Topics get an optional human title for briefing headings ("Peace plan for Ukraine"). */
export const migration002TopicTitle = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema.alterTable("topics").addColumn("title", "text").execute();
  },
};
