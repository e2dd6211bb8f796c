import { z } from "zod";
import type { Logger } from "../../logger.js";

/** Who may run admin commands in a Slack workspace, and how a refusal names them. */
export interface AdminRights {
  /** True for workspace admins and owners (from `users.info`) and for the user ids listed in config. */
  isAdmin(userId: string): Promise<boolean>;
  /** "workspace admins and owners" (+ "and the admins listed in config" when there are any). */
  readonly description: string;
}

/** How long one `users.info` answer is trusted: 5 minutes, so a demoted admin loses rights soon. */
export const adminCacheMs = 5 * 60 * 1000;

const usersInfoAnswer = z.object({
  user: z.object({
    is_admin: z.boolean().optional(),
    is_owner: z.boolean().optional(),
    is_primary_owner: z.boolean().optional(),
  }),
});

/**
 * Admin rights from Slack's own roles, cached per user for `cacheMs` (default `adminCacheMs`,
 * five minutes). Concurrent questions about one user share one `users.info` call. A failed call
 * answers false (refusing is the safe side) and is not cached, so the next command asks again.
 */
export function createAdminRights(options: {
  /** Calls `users.info` for one user and returns Slack's answer. */
  usersInfo: (userId: string) => Promise<unknown>;
  /** User ids allowed admin commands besides workspace admins and owners (config `slack.admins`). */
  admins: readonly string[];
  logger: Logger;
  cacheMs?: number;
  now?: () => number;
}): AdminRights {
  const listed = new Set(options.admins);
  const cacheMs = options.cacheMs ?? adminCacheMs;
  const now = options.now ?? Date.now;
  const cache = new Map<string, { until: number; answer: Promise<boolean> }>();

  const ask = async (userId: string): Promise<{ admin: boolean; known: boolean }> => {
    try {
      const { user } = usersInfoAnswer.parse(await options.usersInfo(userId));
      const admin = user.is_admin === true || user.is_owner === true || user.is_primary_owner === true;
      return { admin, known: true };
    } catch (error) {
      options.logger.warn("slack users.info failed; treating the user as a member", { userId, error });
      return { admin: false, known: false };
    }
  };

  return {
    description:
      listed.size > 0
        ? "workspace admins and owners, and the admins listed in config"
        : "workspace admins and owners",
    async isAdmin(userId) {
      if (listed.has(userId)) return true;
      const cached = cache.get(userId);
      if (cached !== undefined && cached.until > now()) return cached.answer;
      // Why the entry is stored before the answer arrives: a second question meanwhile waits on it.
      const answer = ask(userId).then(({ admin, known }) => {
        if (!known && cache.get(userId) === entry) cache.delete(userId);
        return admin;
      });
      const entry = { until: now() + cacheMs, answer };
      cache.set(userId, entry);
      return entry.answer;
    },
  };
}
