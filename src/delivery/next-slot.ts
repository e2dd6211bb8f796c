import { createTask } from "node-cron";

const secondMs = 1_000;
const minuteMs = 60_000;
/** Cron expressions here fire at least weekly; a slot further than this away is "never". */
const horizonMs = 8 * 24 * 60 * minuteMs;

/**
 * The first time at or after `from` (`direction: 1`), or the last at or before it (`-1`), that a
 * cron expression fires in a time zone. node-cron answers "when next from now" only, so we walk
 * the clock and ask it whether each moment matches: by minutes, or by seconds when the
 * expression has a seconds field that is not a fixed number.
 */
export function nextSlot(cron: string, timezone: string, from: Date, direction: 1 | -1 = 1): Date | null {
  const task = createTask(cron, () => undefined, { timezone });
  const fields = cron.trim().split(/\s+/u);
  const stepMs = fields.length === 6 && !/^\d+$/u.test(fields[0] ?? "") ? secondMs : minuteMs;
  // A fixed seconds field ("30 0 8 * * *") means the slot sits at that second of the minute.
  const offsetMs = fields.length === 6 && stepMs === minuteMs ? Number(fields[0]) * secondMs : 0;
  const round = direction === 1 ? Math.ceil : Math.floor;
  try {
    let t = round((from.getTime() - offsetMs) / stepMs) * stepMs + offsetMs;
    for (let walked = 0; walked <= horizonMs; walked += stepMs, t += direction * stepMs) {
      if (task.match(new Date(t))) return new Date(t);
    }
    return null;
  } finally {
    void task.destroy();
  }
}
