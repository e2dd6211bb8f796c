import type { Kysely } from "kysely";
import { adminChangeQueries } from "./admin-change-queries.js";
import { articleQueries } from "./article-queries.js";
import { briefingQueries } from "./briefing-queries.js";
import { claimQueries } from "./claim-queries.js";
import type { Database } from "./database-schema.js";
import { feedHealthQueries } from "./feed-health-queries.js";
import { feedQueries } from "./feed-queries.js";
import { latestClaimQueries } from "./latest-claim-queries.js";
import { leaseQueries } from "./lease-queries.js";
import { speakerQueries } from "./speaker-queries.js";
import type { Store } from "./store.js";
import { storyQueries } from "./story-queries.js";
import { subscriptionQueries } from "./subscription-queries.js";
import { topicMatchQueries } from "./topic-match-queries.js";
import { topicQueries } from "./topic-queries.js";

/**
 * The Store on Kysely: one set of queries for SQLite and PostgreSQL, one file per table.
 * The schema must already be migrated (see `openStore`).
 */
export function createKyselyStore(db: Kysely<Database>, dialect: Store["dialect"]): Store {
  return {
    dialect,
    close: () => db.destroy(),
    ...feedQueries(db, dialect),
    ...feedHealthQueries(db),
    ...articleQueries(db, dialect),
    ...claimQueries(db),
    ...latestClaimQueries(db),
    ...speakerQueries(db),
    ...storyQueries(db),
    ...topicQueries(db),
    ...topicMatchQueries(db),
    ...briefingQueries(db, dialect),
    ...subscriptionQueries(db),
    ...adminChangeQueries(db),
    ...leaseQueries(db),
  };
}
