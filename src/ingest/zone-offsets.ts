// Offsets in minutes east of UTC for zone abbreviations seen in feeds.
const namedZones: Record<string, number> = {
  z: 0,
  ut: 0,
  utc: 0,
  gmt: 0,
  wet: 0,
  west: 60,
  bst: 60,
  cet: 60,
  met: 60,
  cest: 120,
  mest: 120,
  eet: 120,
  eest: 180,
  msk: 180,
  msd: 240,
  ist: 330,
  pkt: 300,
  ict: 420,
  wib: 420,
  hkt: 480,
  sgt: 480,
  awst: 480,
  jst: 540,
  kst: 540,
  acst: 570,
  aest: 600,
  aedt: 660,
  nzst: 720,
  nzdt: 780,
  cat: 120,
  eat: 180,
  wat: 60,
  sast: 120,
  ast: -240,
  adt: -180,
  nst: -210,
  ndt: -150,
  est: -300,
  edt: -240,
  cst: -360,
  cdt: -300,
  mst: -420,
  mdt: -360,
  pst: -480,
  pdt: -420,
  akst: -540,
  akdt: -480,
  hst: -600,
};

/**
 * Minutes east of UTC for "+0200", "-07:00", "GMT+3", "PDT", or an RFC 822 military letter
 * (A–I, K–M west… as RFC 822 defines them; the sign is famously disputed, we follow the RFC).
 * Null when the token is not a zone.
 */
export function zoneOffsetMinutes(token: string): number | null {
  const lower = token.toLowerCase();
  const numeric = /^(?:gmt|utc|ut)?([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(lower);
  if (numeric) {
    const minutes = Number(numeric[2]) * 60 + Number(numeric[3] ?? 0);
    return numeric[1] === "-" ? -minutes : minutes;
  }
  const named = namedZones[lower];
  if (named !== undefined) return named;
  if (/^[a-ik-y]$/.test(lower)) {
    const code = lower.charCodeAt(0);
    if (lower <= "i") return -(code - 96) * 60;
    if (lower <= "m") return -(code - 97) * 60;
    return (code - 109) * 60;
  }
  return null;
}
