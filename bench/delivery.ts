import { runCrashScenario } from "../test/support/cluster/crash-scenario.js";
import { runPollScenario } from "../test/support/cluster/poll-scenario.js";
import { runReplicaScenario } from "../test/support/cluster/replica-scenario.js";
import { runThroughputScenario } from "../test/support/cluster/throughput-scenario.js";

/*
 * Delivery you can trust, measured: one JSON line per scenario, all against stand-ins on
 * 127.0.0.1 and the local PostgreSQL, each running real `newsbrief run` processes.
 * - crash-sqlite / crash-postgres: one replica killed with SIGKILL again and again (mid-ingest,
 *   mid-send, after the platform accepted a post), counting briefings per slot it was up for.
 * - replicas-kill: three replicas, a per-second schedule, one replica killed and restarted midway.
 * - throughput-1 / throughput-3: the outbox draining to a platform that answers in 50 ms, with one
 *   and with three replicas on PostgreSQL, in the same run.
 * - poll-304: a 10,000-feed cycle, every feed answering 304, shared by three replicas.
 * Run: npm run bench -- delivery
 */
const line = (scenario: string, fields: object) =>
  console.log(JSON.stringify({ bench: "delivery", scenario, ...fields }));

for (const database of ["sqlite", "postgres"] as const) {
  const outcome = await runCrashScenario({ database, rounds: 9, subscriptions: 2 });
  line(`crash-${database}`, { replicas: 1, ...outcome });
}
line("replicas-kill", {
  ...(await runReplicaScenario({
    replicas: 3,
    subscriptions: 3,
    seconds: 30,
    kill: { replica: 1, killAt: 10, restartAt: 13 },
    feeds: 3,
    feedIntervalSeconds: 4,
  })),
});
for (const replicas of [1, 3]) {
  line(`throughput-${replicas}`, {
    ...(await runThroughputScenario({ replicas, briefings: 1500, latencyMs: 50 })),
    latencyMs: 50,
  });
}
line("poll-304", { ...(await runPollScenario({ replicas: 3, feeds: 10_000 })) });
