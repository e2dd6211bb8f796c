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

/** Month index (0–11) of a month name or its abbreviation in the languages feeds use, else undefined. */
export function monthOf(token: string): number | undefined {
  if (!/^\p{L}{3,}$/u.test(token)) return undefined;
  return monthPrefixes.find(([prefix]) => token.startsWith(prefix))?.[1];
}
