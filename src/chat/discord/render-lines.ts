/**
 * Join lines into one block of at most `limit` characters. Lines that do not fit are left out
 * whole (never cut) and counted into a closing "+N more" line, which always fits because room
 * is kept for it.
 */
export function joinLines(lines: string[], limit: number, noun: string, alreadyMore = 0): string {
  const reserve = 40;
  const kept: string[] = [];
  let size = 0;
  let dropped = 0;
  for (const line of lines) {
    const added = (kept.length === 0 ? 0 : 1) + line.length;
    if (dropped === 0 && size + added <= limit - reserve) {
      kept.push(line);
      size += added;
    } else {
      dropped += 1;
    }
  }
  const more = dropped + alreadyMore;
  if (more > 0) kept.push(`+${more} more ${more === 1 ? noun : `${noun}s`}`);
  return kept.join("\n");
}
