import type { Kysely } from "kysely";
import type { AdminChange } from "../commands/admin-change.js";
import type { Database } from "./database-schema.js";
import { isoTime } from "./iso-time.js";

/** The record of what admins changed from chat. */
export interface AdminChangeStore {
  recordAdminChange(change: AdminChange): Promise<void>;
  /** A workspace's changes, newest first. */
  listAdminChanges(workspaceId: string, limit: number): Promise<AdminChange[]>;
}

/** The admin_changes table: append-only. */
export function adminChangeQueries(db: Kysely<Database>): AdminChangeStore {
  return {
    async recordAdminChange(change) {
      await db
        .insertInto("admin_changes")
        .values({
          workspace_id: change.workspaceId,
          actor: change.actor,
          action: change.action,
          target: change.target,
          detail: change.detail,
          at: isoTime(change.at, "at"),
        })
        .execute();
    },

    async listAdminChanges(workspaceId, limit) {
      const rows = await db
        .selectFrom("admin_changes")
        .selectAll()
        .where("workspace_id", "=", workspaceId)
        .orderBy("at", "desc")
        .limit(limit)
        .execute();
      return rows.map((row) => ({
        workspaceId: row.workspace_id,
        actor: row.actor,
        action: row.action as AdminChange["action"],
        target: row.target,
        detail: row.detail,
        at: row.at,
      }));
    },
  };
}
