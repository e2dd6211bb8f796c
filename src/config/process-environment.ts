/**
 * The process environment, handed out from here only: config/ is the one place that reads it, so
 * every other module receives its settings (and secrets) explicitly.
 */
export function processEnvironment(): NodeJS.ProcessEnv {
  return process.env;
}
