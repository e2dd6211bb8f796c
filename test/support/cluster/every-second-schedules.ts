/**
 * The config lines of `count` Slack channels each subscribed to the peace-plan topic (a query on
 * "Ukraine") every second: what the crash and replica scenarios deliver, slot after slot.
 */
export function everySecondSchedules(count: number): string[] {
  return [
    "topics:",
    "  - name: peace-plan",
    "    query: Ukraine",
    "schedules:",
    ...Array.from({ length: count }, (_, index) => [
      `  - channel: slack:C${String(index).padStart(4, "0")}`,
      "    topic: peace-plan",
      '    cron: "* * * * * *"',
    ]).flat(),
  ];
}
