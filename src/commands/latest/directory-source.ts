import type { Gazetteer } from "../../claims/gazetteer.js";
import type { Logger } from "../../logger.js";
import type { SpeakerStore, SpeakerSummary } from "../../store/speaker-queries.js";
import { buildDirectory } from "./build-directory.js";
import type { SpeakerDirectory } from "./speaker-directory.js";

/** The speaker directory, read from the store now and then rather than on every command. */
export interface DirectorySource {
  /** The directory; read once, then topped up in the background when older than the cache age. */
  current(): Promise<SpeakerDirectory>;
  /** The directory topped up unless that happened a moment ago: after a miss, for a speaker just heard. */
  fresh(): Promise<SpeakerDirectory>;
}

/** After a miss the store is asked again, but not more often than this. */
const missRefreshMs = 15_000;
/** Top-ups miss claims of old-dated articles that arrive late; a full read now and then adds them. */
const fullReadMs = 60 * 60_000;

/**
 * Cache the speaker directory. Why: listing every speaker is a pass over every claim (≈0.1 s at
 * 500,000, and it blocks a SQLite process meanwhile), far too slow for each `/latest`. So it is
 * read in full once (and hourly), and topped up with the claims published since the newest one
 * seen, which reads only those. One read at a time: concurrent callers share it. Ages use the
 * process's monotonic clock, not the business clock tests fix.
 */
export function createDirectorySource(
  deps: { store: SpeakerStore; gazetteer: Gazetteer; logger: Logger },
  maxAgeMs: number,
): DirectorySource {
  let directory: SpeakerDirectory | undefined;
  const summaries = new Map<string, SpeakerSummary>();
  let newest: string | undefined;
  let readAt = Number.NEGATIVE_INFINITY;
  let fullReadAt = Number.NEGATIVE_INFINITY;
  let reading: Promise<SpeakerDirectory> | undefined;

  const readOnce = async (): Promise<SpeakerDirectory> => {
    const started = performance.now();
    const full = newest === undefined || started - fullReadAt > fullReadMs;
    const found = await deps.store.speakerSummaries(
      full || newest === undefined ? {} : { publishedAfter: newest },
    );
    if (full) summaries.clear();
    for (const summary of found) {
      const known = summaries.get(summary.speakerKey);
      // A top-up counts only the newer claims: they add to what the key had.
      summaries.set(
        summary.speakerKey,
        known === undefined || full ? summary : { ...summary, claims: known.claims + summary.claims },
      );
      if (newest === undefined || summary.latest > newest) newest = summary.latest;
    }
    if (full) fullReadAt = started;
    if (full || found.length > 0 || directory === undefined)
      // Roles as held today: the directory describes speakers as they are now.
      directory = buildDirectory(deps.gazetteer.at(new Date().toISOString()), [...summaries.values()]);
    readAt = started;
    return directory;
  };
  const read = (): Promise<SpeakerDirectory> => {
    reading ??= readOnce().finally(() => {
      reading = undefined;
    });
    return reading;
  };
  const age = () => performance.now() - readAt;

  return {
    async current() {
      if (directory === undefined) return read();
      if (age() > maxAgeMs) {
        read().catch((error: unknown) => deps.logger.warn("could not refresh the speaker list", { error }));
      }
      return directory;
    },
    async fresh() {
      if (directory === undefined || age() > Math.min(maxAgeMs, missRefreshMs)) return read();
      return directory;
    },
  };
}
