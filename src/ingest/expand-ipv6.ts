/**
 * The eight 16-bit words of an IPv6 literal ("::ffff:10.0.0.1", "2002:a00:1::"), a trailing
 * dotted IPv4 part included; null when it is not one. Expects a literal `isIP` accepted, no zone.
 */
export function expandIpv6(ip: string): number[] | null {
  let text = ip.toLowerCase();
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (dotted) {
    const [p0, p1, p2, p3] = dotted.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, dotted.index)}${((p0 << 8) | p1).toString(16)}:${((p2 << 8) | p3).toString(16)}`;
  }
  const halves = text.split("::");
  if (halves.length > 2) return null;
  const head = halves[0] ? halves[0].split(":") : [];
  const tail = halves.length === 2 && halves[1] ? halves[1].split(":") : [];
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 && missing !== 0) return null;
  const words = [...head, ...Array<string>(Math.max(missing, 0)).fill("0"), ...tail].map((word) =>
    /^[0-9a-f]{1,4}$/.test(word) ? Number.parseInt(word, 16) : Number.NaN,
  );
  return words.length === 8 && words.every((word) => Number.isFinite(word)) ? words : null;
}
