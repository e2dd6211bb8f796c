/** How each Slack command is typed; shown when the text has the wrong shape, and in the manifest. */
export const slackUsage = {
  latest: "/latest [WHO] [in TOPIC] [public]",
  briefing: "/newsbrief briefing [TOPIC] [public]",
  topicAdd: "/newsbrief topic add NAME QUERY…",
  topicList: "/newsbrief topic list",
  topicRemove: "/newsbrief topic remove NAME",
  topicTest: "/newsbrief topic test QUERY…",
  feedAdd: "/newsbrief feed add URL [OUTLET]",
  feedList: "/newsbrief feed list",
  feedRemove: "/newsbrief feed remove URL",
  subscribe: "/newsbrief subscribe TOPIC [HH:MM] [Area/City]",
  unsubscribe: "/newsbrief unsubscribe [TOPIC]",
  status: "/newsbrief status",
  help: "/newsbrief help",
} as const;
