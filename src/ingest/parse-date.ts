import { monthOf } from "./month-of.js";
import { zoneOffsetMinutes } from "./zone-offsets.js";

const isoPattern =
  /^(\d{4})-?(\d{2})-?(\d{2})(?:[T\s]+(\d{1,2}):?(\d{2})(?::?(\d{2})(?:[.,](\d+))?)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/i;

// Whitespace other than single spaces: the only strings that need folding before matching.
const irregularSpace = /[^\S ]| {2}/;

/**
 * Parse the dates real feeds carry: RFC 822/2822 with or without weekday or seconds, 2-digit
 * years, comments, named and military zones; ISO 8601 / W3C-DTF; epoch seconds or millis;
 * JavaScript's Date#toString. Returns null when nothing sensible can be read.
 */
export function parseDate(raw: string | null | undefined): Date | null {
  if (raw === null || raw === undefined) return null;
  const stripped = stripComments(raw);
  const text = (irregularSpace.test(stripped) ? stripped.replace(/\s+/g, " ") : stripped).trim();
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
  // "+0200" or a UTC name: the pattern allows nothing else, so no general zone lookup is needed.
  const offset =
    zone.length === 5
      ? (zone[0] === "-" ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(3)))
      : 0;
  if (month === -1) return null;
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
  // Date.UTC reads years 0–99 as 1900–1999; setUTCFullYear takes them literally.
  if (year >= 0 && year < 100) {
    const date = new Date(0);
    date.setUTCFullYear(year, month, day);
    // 31 June rolls over into July: that is an invalid date, not 1 July.
    if (date.getUTCDate() !== day) return null;
    date.setUTCHours(hour, minute, Math.min(second, 59), millis);
    return new Date(date.getTime() - offset * 60_000);
  }
  // 31 June is an invalid date, not 1 July; NaN means the year is outside what Date can hold.
  if (Number.isNaN(Date.UTC(year, month, day)) || day > daysInMonth(year, month)) return null;
  const time = Date.UTC(year, month, day, hour, minute, Math.min(second, 59), millis);
  return new Date(time - offset * 60_000);
}

function daysInMonth(year: number, month: number): number {
  if (month !== 1) return month === 3 || month === 5 || month === 8 || month === 10 ? 30 : 31;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
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
