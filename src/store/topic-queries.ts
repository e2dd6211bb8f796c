import type { Kysely, Selectable } from "kysely";
import type { Topic } from "../topics/topic.js";
import type { Database, TopicTable } from "./database-schema.js";
import { isoTime } from "./iso-time.js";

/** Topic queries per workspace. */
export interface TopicStore {
  upsertTopic(topic: Topic): Promise<void>;
  getTopic(workspaceId: string, name: string): Promise<Topic | undefined>;
  listTopics(workspaceId: string): Promise<Topic[]>;
  removeTopic(workspaceId: string, name: string): Promise<boolean>;
}

/** The topics table: named boolean queries per workspace or guild. */
export function topicQueries(db: Kysely<Database>): TopicStore {
  return {
    async upsertTopic(topic) {
      await db
        .insertInto("topics")
        .values({
          workspace_id: topic.workspaceId,
          name: topic.name,
          title: topic.title ?? null,
          query: topic.query,
          created_at: isoTime(topic.createdAt, "createdAt"),
        })
        // Editing a topic changes its query; it keeps the time it was first created, and its
        // title unless a new one is given (a chat edit of the query carries none).
        .onConflict((oc) =>
          oc.columns(["workspace_id", "name"]).doUpdateSet((eb) => ({
            query: eb.ref("excluded.query"),
            title: eb.fn.coalesce(eb.ref("excluded.title"), eb.ref("topics.title")),
          })),
        )
        .execute();
    },

    async getTopic(workspaceId, name) {
      const row = await db
        .selectFrom("topics")
        .selectAll()
        .where("workspace_id", "=", workspaceId)
        .where("name", "=", name)
        .executeTakeFirst();
      return row === undefined ? undefined : toTopic(row);
    },

    async listTopics(workspaceId) {
      const rows = await db
        .selectFrom("topics")
        .selectAll()
        .where("workspace_id", "=", workspaceId)
        .orderBy("name")
        .execute();
      return rows.map(toTopic);
    },

    async removeTopic(workspaceId, name) {
      const result = await db
        .deleteFrom("topics")
        .where("workspace_id", "=", workspaceId)
        .where("name", "=", name)
        .executeTakeFirst();
      return result.numDeletedRows > 0n;
    },
  };
}

function toTopic(row: Selectable<TopicTable>): Topic {
  const topic: Topic = {
    workspaceId: row.workspace_id,
    name: row.name,
    query: row.query,
    createdAt: row.created_at,
  };
  if (row.title !== null) topic.title = row.title;
  return topic;
}
