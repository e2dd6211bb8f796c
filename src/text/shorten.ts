/**
 * Cut `text` to at most `max` characters at a word boundary, ending in "…" when anything was cut.
 * A single word longer than `max` is cut inside the word (there is no boundary to use), but never
 * inside a surrogate pair, so no emoji or astral character is broken.
 */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 1) return max === 1 ? "…" : "";
  const room = max - 1;
  const head = text.slice(0, room + 1);
  const lastSpace = head.lastIndexOf(" ");
  // Why the 1/3 floor: cutting at a very early space would throw away most of the allowed length.
  let cut = lastSpace >= room / 3 ? lastSpace : room;
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return `${text.slice(0, cut).replace(/[\s,;:—–-]+$/u, "")}…`;
}
