import type { Store } from "../store/store.js";
import { mergeSpeakerKeys } from "../stories/merge-speaker-keys.js";

/** The speaker keys this process knows, so each batch of new claims can be merged without a store scan. */
export interface SpeakerRegistry {
  /** Canonical key for each given key ("peskov" → "dmitry peskov"); the given keys become known. */
  canonical(keys: readonly string[]): Promise<Map<string, string>>;
}

/**
 * Read the store's speaker keys once, on first use, then keep them in memory. Why: listing the
 * speakers scans every claim, and ingest processes a batch per feed per cycle.
 */
export function createSpeakerRegistry(store: Store): SpeakerRegistry {
  let known: Set<string> | undefined;
  return {
    async canonical(keys) {
      known ??= new Set((await store.listSpeakers()).map((speaker) => speaker.speakerKey));
      for (const key of keys) known.add(key);
      return mergeSpeakerKeys(known);
    },
  };
}
