import type { Kysely } from "kysely";
import type { Database } from "./database-schema.js";
import { isoTime } from "./iso-time.js";

/** Named leases: one holder at a time, taken over when the holder stops renewing. */
export interface LeaseStore {
  /**
   * Take or renew the lease `name` for `owner` until `until`. Succeeds when nobody holds it, when
   * the holder's lease ran out by `now`, or when `owner` holds it already; false otherwise.
   */
  acquireLease(name: string, owner: string, now: string, until: string): Promise<boolean>;
  /** Give it up at once (clean shutdown), if `owner` holds it. */
  releaseLease(name: string, owner: string): Promise<void>;
  /** Who holds it now, if anyone (for logs and /status). */
  leaseHolder(name: string, now: string): Promise<string | undefined>;
}

/** The leases table: one row per name; a conditional upsert decides who holds it. */
export function leaseQueries(db: Kysely<Database>): LeaseStore {
  return {
    async acquireLease(name, owner, now, until) {
      const nowIso = isoTime(now, "now");
      const row = await db
        .insertInto("leases")
        .values({ name, owner, until: isoTime(until, "until") })
        .onConflict((oc) =>
          oc
            .column("name")
            .doUpdateSet({ owner, until: isoTime(until, "until") })
            // Only an expired lease or the holder's own is overwritten: the database decides races.
            .where((eb) => eb.or([eb("leases.owner", "=", owner), eb("leases.until", "<", nowIso)])),
        )
        .returning("owner")
        .executeTakeFirst();
      return row?.owner === owner;
    },

    async releaseLease(name, owner) {
      await db.deleteFrom("leases").where("name", "=", name).where("owner", "=", owner).execute();
    },

    async leaseHolder(name, now) {
      const row = await db
        .selectFrom("leases")
        .select("owner")
        .where("name", "=", name)
        .where("until", ">=", isoTime(now, "now"))
        .executeTakeFirst();
      return row?.owner;
    },
  };
}
