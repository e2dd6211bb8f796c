import type { Reply } from "../../commands/reply.js";

/** Replies the adapter gives itself, without the handler. */
export const commandReplies = {
  /** The adapter has not finished starting (or is stopping). */
  startingUp: (): Reply => ({
    ephemeral: true,
    title: "newsbrief is starting up: try again in a moment",
    sections: [],
    tone: "info",
  }),
  /** The text has the wrong shape: what was wrong, and how the command is typed. */
  invalid: (problem: string, usage: string[]): Reply => ({
    ephemeral: true,
    title: problem,
    sections: [
      ...(usage.length === 0
        ? []
        : [{ heading: "Expected", lines: usage.map((line) => [{ text: line, code: true }]) }]),
      { lines: [["Type ", { text: "/newsbrief help", code: true }, " for everything newsbrief can do."]] },
    ],
    tone: "error",
  }),
  /** Something unexpected; `ref` is in the log next to the error. */
  failed: (ref: string): Reply => ({
    ephemeral: true,
    title: `Something went wrong (ref ${ref})`,
    sections: [],
    tone: "error",
  }),
  /** A note above the handler's answer ("“foo” is not a newsbrief command."). */
  withNote: (reply: Reply, note: string): Reply => ({
    ...reply,
    sections: [{ lines: [[note]] }, ...reply.sections],
  }),
};
