/**
 * Wrap one logical line at word boundaries to `width` columns; continuation lines get `indent`.
 * A word longer than the width stays whole on its own line (never cut mid-word).
 */
export function wrapText(line: string, width: number, indent: string): string {
  const lead = /^ */u.exec(line)?.[0] ?? "";
  const words = line.slice(lead.length).split(" ");
  const lines: string[] = [];
  let current = lead;
  for (const word of words) {
    const candidate = current.trim() === "" ? `${current}${word}` : `${current} ${word}`;
    if (candidate.length <= width || current.trim() === "") {
      current = candidate;
      continue;
    }
    lines.push(current);
    current = `${indent}${word}`;
  }
  lines.push(current);
  return lines.join("\n");
}
