import { type ScheduledTask, schedule } from "node-cron";
import type { Logger } from "./logger.js";

export interface Scheduler {
  /**
   * Run `job` on a cron expression in a time zone, with the slot's scheduled time (never the clock
   * at the moment it happens to run). A run still busy when the next is due is skipped, not stacked;
   * a slot the process was too busy to start on time is still handed to `job`, late.
   */
  add(name: string, cron: string, timezone: string, job: (slot: Date) => Promise<void>): void;
  /** Stop and forget one job; unknown names are ignored. */
  remove(name: string): Promise<void>;
  /** Names of the jobs scheduled now. */
  names(): string[];
  /** Stop every job; running ones finish on their own. */
  stop(): Promise<void>;
}

/** How late a slot may start and still count as on time (node-cron's default is one second). */
const missedToleranceMs = 30_000;

/** node-cron wrapper: named jobs, per-job time zones, no overlapping runs, failures logged not thrown. */
export function createScheduler(logger: Logger): Scheduler {
  const tasks = new Map<string, ScheduledTask>();
  return {
    add(name, cron, timezone, job) {
      const run = async (slot: Date) => {
        try {
          await job(slot);
        } catch (error) {
          logger.error("scheduled job failed", { job: name, slot: slot.toISOString(), error });
        }
      };
      const task = schedule(cron, (context) => run(context.date), {
        name,
        timezone,
        noOverlap: true,
        missedExecutionTolerance: missedToleranceMs,
        suppressMissedWarning: true,
      });
      // A blocked event loop must not lose a slot: the job is idempotent per slot, so run it late.
      task.on("execution:missed", (context) => {
        logger.warn("slot started late", { job: name, slot: context.date.toISOString() });
        void run(context.date);
      });
      void tasks.get(name)?.destroy();
      tasks.set(name, task);
      logger.debug("scheduled", {
        job: name,
        cron,
        timezone,
        next: task.getNextRun()?.toISOString() ?? "never",
      });
    },
    async remove(name) {
      const task = tasks.get(name);
      tasks.delete(name);
      await task?.destroy();
    },
    names: () => [...tasks.keys()],
    async stop() {
      await Promise.all([...tasks.values()].map((task) => task.destroy()));
      tasks.clear();
    },
  };
}
