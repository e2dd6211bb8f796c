// "on Thursday", "late on Thursday", "this week", "on Thursday morning"; not "Wednesday's strike",
// nor a weekday that another preposition needs ("by Thursday evening", "until Friday").
const weekdayPhrase =
  /,?(?<!\b(?:by|until|till|since|before|after|from|to|through|of|next))\s+(?:(?:late|early)\s+)?(?:(?:on|this|last)\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:morning|afternoon|evening|night))?(?![\p{L}'’])|,?\s+(?:this|last)\s+week(?![\p{L}'’])/gu;

/**
 * Drop weekday phrases ("on Thursday", "late on Thursday", "this week") from reported text: the
 * briefing already says its period, and a bare weekday is ambiguous a day later. A possessive
 * ("Wednesday’s strike") and a deadline ("by Thursday evening") stay. Never for quotes, which are verbatim.
 */
export function dropWeekdays(text: string): string {
  return text.replace(weekdayPhrase, "");
}
