import { prf } from "./score-attributions.js";
import type { StanceTally } from "./score-stance.js";

const LABELS = ["denies", "confirms", "asserts", "question"] as const;

/** The stance and speaker figures as printed by `newsbrief eval-attribution --stance`. */
export function stanceReport(title: string, all: StanceTally, shown: StanceTally): string[] {
  const num = (x: number): string => x.toFixed(3);
  // Precision with nothing predicted (questions are never shown) is undefined, not zero.
  const precision = (hits: number, predicted: number, gold: number): string =>
    predicted === 0 ? "  -  " : num(prf(hits, predicted, gold).p);
  const rate = (part: { judged: number; right: number }): string =>
    `${part.judged > 0 ? num(part.right / part.judged) : "  -  "} (${part.right}/${part.judged})`;
  const none = all.labels.none.gold;
  const emitted = (tally: StanceTally): number =>
    LABELS.reduce((sum, label) => sum + tally.labels[label].predicted, 0) - tally.matched;
  return [
    title,
    "stance    | all claims: P     R     pred gold | shown in a briefing: P     R     pred",
    ...LABELS.map((label) => {
      const a = all.labels[label];
      const s = shown.labels[label];
      const pa = prf(a.hits, a.predicted, a.gold);
      const ps = prf(s.hits, s.predicted, s.gold);
      return `${label.padEnd(9)} |             ${precision(a.hits, a.predicted, a.gold)} ${num(pa.r)} ${String(a.predicted).padStart(4)} ${String(a.gold).padStart(4)} |                      ${precision(s.hits, s.predicted, s.gold)} ${num(ps.r)} ${String(s.predicted).padStart(4)}`;
    }),
    `claims matched: ${all.matched}/${all.claims} (shown ${shown.matched}); not-claims emitted as claims: ${emitted(all)}/${none} (shown ${emitted(shown)})`,
    `speaker right after resolution: all ${rate(all.speaker)}, resolved sources ${rate(all.resolved)}; shown in a briefing ${rate(shown.speaker)}, resolved sources ${rate(shown.resolved)}`,
  ];
}
