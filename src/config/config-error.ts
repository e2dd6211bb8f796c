/** A configuration problem a person must fix; the message names the file, the key and what was expected. */
export class ConfigError extends Error {
  readonly code = "config_invalid";
}
