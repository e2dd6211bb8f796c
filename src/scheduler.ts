import { type ScheduledTask, schedule } from "node-cron";
import type { Logger } from "./logger.js";

export interface Scheduler {
  /** Run `job` on a cron expression in a time zone; a run still busy when the next is due is skipped. */
  add(name: string, cron: string, timezone: string, job: () => Promise<void>): void;
  /** Stop every job; running ones finish on their own. */
  stop(): Promise<void>;
}

/** node-cron wrapper: named jobs, per-job time zones, no overlapping runs, failures logged not thrown. */
export function createScheduler(logger: Logger): Scheduler {
  const tasks: ScheduledTask[] = [];
  return {
    add(name, cron, timezone, job) {
      const task = schedule(
        cron,
        async () => {
          try {
            await job();
          } catch (error) {
            logger.error("scheduled job failed", { job: name, error });
          }
        },
        { name, timezone, noOverlap: true },
      );
      tasks.push(task);
      logger.info("scheduled", {
        job: name,
        cron,
        timezone,
        next: task.getNextRun()?.toISOString() ?? "never",
      });
    },
    async stop() {
      await Promise.all(tasks.map((task) => task.destroy()));
      tasks.length = 0;
    },
  };
}
