import type { AdminChangeStore } from "./admin-change-queries.js";
import type { ArticleStore } from "./article-queries.js";
import type { BriefingStore } from "./briefing-queries.js";
import type { ClaimStore } from "./claim-queries.js";
import type { FeedHealthStore } from "./feed-health-queries.js";
import type { FeedStore } from "./feed-queries.js";
import type { LatestClaimStore } from "./latest-claim-queries.js";
import type { LeaseStore } from "./lease-queries.js";
import type { SpeakerStore } from "./speaker-queries.js";
import type { StoryStore } from "./story-queries.js";
import type { SubscriptionStore } from "./subscription-queries.js";
import type { TopicMatchStore } from "./topic-match-queries.js";
import type { TopicStore } from "./topic-queries.js";

/**
 * The persistence interface: one role interface per table, each declared beside its queries,
 * with the record types owned by the stage that produces them. Use cases ask for the roles they
 * need (`ArticleStore & ClaimStore`), so a new table never grows one god interface. Implemented
 * on Kysely for SQLite (default) and PostgreSQL; both pass the same test suite. All times are
 * ISO 8601 UTC strings.
 */
export interface Store
  extends FeedStore,
    FeedHealthStore,
    ArticleStore,
    ClaimStore,
    LatestClaimStore,
    SpeakerStore,
    StoryStore,
    TopicStore,
    TopicMatchStore,
    BriefingStore,
    SubscriptionStore,
    AdminChangeStore,
    LeaseStore {
  /** Which backend this is, for logs. */
  readonly dialect: "sqlite" | "postgres";
  close(): Promise<void>;
}
