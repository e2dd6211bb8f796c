import { zoneOffsetMinutes } from "./zone-offsets.js";

const isoPattern =
  /^(\d{4})-?(\d{2})-?(\d{2})(?:[T\s]+(\d{1,2}):?(\d{2})(?::?(\d{2})(?:[.,](\d+))?)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/i;

// First letters of month names in English and the languages feeds most often get wrong
// (pt: "Set", "Out", "Dez"; de: "Mär", "Okt"; fr: "juin", "juil", "déc"; es: "ene", "dic"; ru: "ноя").
const monthPrefixes: ReadonlyArray<[string, number]> = [
  ["juin", 5],
  ["juil", 6],
  ["jan", 0],
  ["ene", 0],
  ["feb", 1],
  ["fev", 1],
  ["fév", 1],
  ["mar", 2],
  ["mär", 2],
  ["mrz", 2],
  ["apr", 3],
  ["abr", 3],
  ["avr", 3],
  ["may", 4],
  ["mai", 4],
  ["jun", 5],
  ["jul", 6],
  ["aug", 7],
  ["ago", 7],
  ["aoû", 7],
  ["aou", 7],
  ["sep", 8],
  ["set", 8],
  ["oct", 9],
  ["okt", 9],
  ["out", 9],
  ["nov", 10],
  ["dec", 11],
  ["dez", 11],
  ["déc", 11],
  ["dic", 11],
  ["янв", 0],
  ["фев", 1],
  ["мар", 2],
  ["апр", 3],
  ["май", 4],
  ["мая", 4],
  ["июн", 5],
  ["июл", 6],
  ["авг", 7],
  ["сен", 8],
  ["окт", 9],
  ["ноя", 10],
  ["дек", 11],
];

/**
 * Parse the dates real feeds carry: RFC 822/2822 with or without weekday or seconds, 2-digit
 * years, comments, named and military zones; ISO 8601 / W3C-DTF; epoch seconds or millis;
 * JavaScript's Date#toString. Returns null when nothing sensible can be read.
 */
export function parseDate(raw: string | null | undefined): Date | null {
  if (raw === null || raw === undefined) return null;
  const text = stripComments(raw).replace(/\s+/g, " ").trim();
  if (text === "") return null;
  if (/^\d{9,10}$/.test(text)) return new Date(Number(text) * 1000);
  if (/^\d{12,13}$/.test(text)) return new Date(Number(text));
  const common = parseCommonRfc822(text);
  if (common !== null) return common;
  const iso = parseIso(text);
  if (iso !== null) return iso;
  const tokens = parseTokens(text);
  // A date with all its parts that is still impossible (31 June) must not be "fixed" by Date.parse.
  if (tokens === "invalid") return null;
  return tokens ?? parseLoosely(text);
}

// "Thu, 20 Nov 2025 09:15:00 +0200": most feeds, so it gets a single-regex fast path.
const commonRfc822 =
  /^(?:[A-Za-z]{3}, ?)?(\d{1,2}) ([A-Za-z]{3}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) ([+-]\d{4}|GMT|UTC|UT|Z)$/;
const englishMonths = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

function parseCommonRfc822(text: string): Date | null {
  const match = commonRfc822.exec(text);
  if (!match) return null;
  const [, day, monthName = "", year, hour, minute, second, zone = ""] = match;
  const month = englishMonths.indexOf(monthName.toLowerCase());
  const offset = zoneOffsetMinutes(zone);
  if (month === -1 || offset === null) return null;
  return build(Number(year), month, Number(day), Number(hour), Number(minute), Number(second), 0, offset);
}

function parseIso(text: string): Date | null {
  const match = isoPattern.exec(text);
  if (!match) return null;
  const [, year, month, day, hour = "0", minute = "0", second = "0", fraction = "0", zone] = match;
  const offset = zone === undefined ? 0 : zoneOffsetMinutes(zone);
  if (offset === null) return null;
  const millis = Math.round(Number(`0.${fraction}`) * 1000);
  return build(
    Number(year),
    Number(month) - 1,
    Number(day),
    Number(hour),
    Number(minute),
    Number(second),
    millis,
    offset,
  );
}

/** RFC 822 and friends, token by token, so field order and odd spacing do not matter. */
function parseTokens(text: string): Date | "invalid" | null {
  let day: number | undefined;
  let month: number | undefined;
  let year: number | undefined;
  let time: [number, number, number] | undefined;
  let offset: number | undefined;
  let pm: boolean | undefined;
  for (const token of text.split(/[\s,]+/)) {
    if (token === "") continue;
    const lower = token.toLowerCase().replace(/\.$/, "");
    const clock = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(z|[+-]\d{2}:?\d{2})?$/i.exec(lower);
    if (clock && time === undefined) {
      time = [Number(clock[1]), Number(clock[2]), Number(clock[3] ?? 0)];
      if (clock[4]) offset = zoneOffsetMinutes(clock[4]) ?? undefined;
      continue;
    }
    if (lower === "am" || lower === "pm") {
      pm = lower === "pm";
      continue;
    }
    if (/^\d+(st|nd|rd|th)?$/.test(lower)) {
      const value = Number.parseInt(lower, 10);
      const digits = lower.replace(/\D/g, "").length;
      if (digits <= 2 && day === undefined && value >= 1 && value <= 31) day = value;
      else if (year === undefined && digits !== 4 && digits <= 3)
        year = digits === 3 ? value + 1900 : value < 50 ? 2000 + value : 1900 + value;
      else if (year === undefined && digits === 4) year = value;
      else if (time === undefined && digits === 4) time = [Math.floor(value / 100), value % 100, 0];
      else return null;
      continue;
    }
    const zone = zoneOffsetMinutes(token);
    if (zone !== null && offset === undefined && (time !== undefined || /^[+-]|^gmt|^utc/i.test(token))) {
      offset = zone;
      continue;
    }
    const monthIndex = month === undefined ? monthOf(lower) : undefined;
    if (monthIndex !== undefined) month = monthIndex;
  }
  if (day === undefined || month === undefined || year === undefined) return null;
  const [hour, minute, second] = time ?? [0, 0, 0];
  const hour24 = pm === undefined ? hour : (hour % 12) + (pm ? 12 : 0);
  return build(year, month, day, hour24, minute, second, 0, offset ?? 0) ?? "invalid";
}

function monthOf(token: string): number | undefined {
  if (!/^\p{L}{3,}$/u.test(token)) return undefined;
  return monthPrefixes.find(([prefix]) => token.startsWith(prefix))?.[1];
}

/** Last resort for shapes the tokenizer does not know; only accepted when clearly a date. */
function parseLoosely(text: string): Date | null {
  if (!/\d{4}/.test(text)) return null;
  const value = Date.parse(text);
  return Number.isFinite(value) ? new Date(value) : null;
}

function build(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  millis: number,
  offset: number,
): Date | null {
  if (month < 0 || month > 11 || day < 1 || hour > 24 || minute > 59 || second > 60) return null;
  const date = new Date(0);
  date.setUTCFullYear(year, month, day);
  // 31 June rolls over into July: that is an invalid date, not 1 July.
  if (date.getUTCDate() !== day) return null;
  date.setUTCHours(hour, minute, Math.min(second, 59), millis);
  return new Date(date.getTime() - offset * 60_000);
}

/** Remove RFC 822 comments: "(…)", nested, with backslash escapes. */
function stripComments(text: string): string {
  if (!text.includes("(")) return text;
  let out = "";
  let depth = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (depth > 0 && char === "\\") {
      index++;
    } else if (char === "(") {
      depth++;
    } else if (char === ")" && depth > 0) {
      depth--;
      if (depth === 0) out += " ";
    } else if (depth === 0) {
      out += char;
    }
  }
  return out;
}
