/**
 * Maps each speaker key to the key it should be counted under: a surname-only person key
 * ("peskov") becomes the one known full-name key ending in that surname ("dmitry peskov"). When
 * two known people share the surname, or none is known, the key is left as it is; organisation
 * keys ("org:…") are never changed.
 */
export function mergeSpeakerKeys(keys: Iterable<string>): Map<string, string> {
  const all = [...new Set(keys)];
  const fullNamesBySurname = new Map<string, Set<string>>();
  for (const key of all) {
    if (key.startsWith("org:")) continue;
    const words = key.split(" ");
    const surname = words[words.length - 1];
    if (words.length < 2 || surname === undefined) continue;
    const names = fullNamesBySurname.get(surname) ?? new Set<string>();
    names.add(key);
    fullNamesBySurname.set(surname, names);
  }
  const merged = new Map<string, string>();
  for (const key of all) {
    const candidates = key.includes(" ") || key.startsWith("org:") ? undefined : fullNamesBySurname.get(key);
    const [only] = candidates?.size === 1 ? [...candidates] : [];
    merged.set(key, only ?? key);
  }
  return merged;
}
