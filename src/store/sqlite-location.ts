/**
 * The file path (or `:memory:`) a `sqlite:` database URL names, `sqlite:///abs/path` and
 * `sqlite:/abs/path` alike ("" when it names none); undefined for any other scheme.
 */
export function sqliteLocation(databaseUrl: string): string | undefined {
  const url = databaseUrl.trim();
  if (!url.startsWith("sqlite:")) return undefined;
  const location = url.slice("sqlite:".length);
  return location.startsWith("//") ? location.slice(2) : location;
}
