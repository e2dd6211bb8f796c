import { createTask } from "node-cron";

const minuteMs = 60_000;
/** Cron expressions here fire at least weekly; a slot further than this away is "never". */
const horizonMinutes = 8 * 24 * 60;

/**
 * The first time at or after `from` (to the minute) that a cron expression fires in a time zone.
 * node-cron answers "when next from now" only, so we walk minutes and ask it whether each matches.
 */
export function nextSlot(cron: string, timezone: string, from: Date): Date | null {
  const task = createTask(cron, () => undefined, { timezone });
  try {
    let t = Math.ceil(from.getTime() / minuteMs) * minuteMs;
    for (let i = 0; i < horizonMinutes; i++, t += minuteMs) {
      if (task.match(new Date(t))) return new Date(t);
    }
    return null;
  } finally {
    void task.destroy();
  }
}
