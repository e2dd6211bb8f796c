import { briefingCommand } from "./briefing-command.js";
import type { CommandDeps } from "./command-deps.js";
import type { CommandHandler } from "./command-handler.js";
import type { CommandName } from "./command-specs.js";
import { completeOption } from "./complete-option.js";
import { feedCommand } from "./feed-command.js";
import { handleCommand } from "./handle-command.js";
import { helpCommand } from "./help-command.js";
import { createDirectorySource } from "./latest/directory-source.js";
import { createSettingsCache } from "./latest/settings-cache.js";
import { createLatestCommand } from "./latest-command.js";
import type { CommandRun } from "./shared/command-run.js";
import { statusCommand } from "./status-command.js";
import { subscribeCommand } from "./subscribe-command.js";
import { topicCommand } from "./topic-command.js";
import { unsubscribeCommand } from "./unsubscribe-command.js";

const defaultSpeakerCacheMs = 5 * 60_000;
const defaultSettingsCacheMs = 5_000;

/**
 * The platform-neutral command handler every adapter calls: one run per command, behind one
 * gate (`handleCommand`) that checks subcommands, admin rights and options and turns surprises
 * into a reply with a ref. Starts reading the list of known speakers at once, so the first
 * `/latest` does not wait for it.
 */
export function createCommandHandler(deps: CommandDeps): CommandHandler {
  const directory = createDirectorySource(deps, deps.speakerCacheMs ?? defaultSpeakerCacheMs);
  directory
    .current()
    .catch((error: unknown) => deps.logger.warn("could not read the speaker list yet", { error }));
  const settings = createSettingsCache(deps.store, deps.settingsCacheMs ?? defaultSettingsCacheMs);
  // A change made here is seen by the next command here at once, whatever the cache holds.
  const changing =
    (run: CommandRun): CommandRun =>
    (input) =>
      run(input).finally(() => settings.clear());
  const runs: Record<CommandName, CommandRun> = {
    latest: createLatestCommand(deps, directory, settings),
    briefing: (input) => briefingCommand(input, deps),
    topic: changing((input) => topicCommand(input, deps)),
    feed: (input) => feedCommand(input, deps),
    subscribe: changing((input) => subscribeCommand(input, deps)),
    unsubscribe: changing((input) => unsubscribeCommand(input, deps)),
    status: (input) => statusCommand(input, deps),
    help: async (input) => helpCommand(input.request.context, input.request.subcommand),
  };
  return {
    handle: (request) => handleCommand(request, runs, deps.logger),
    async complete(request) {
      try {
        return await completeOption(request, deps, directory);
      } catch (error) {
        deps.logger.warn("autocomplete failed", { command: request.command, option: request.option, error });
        return [];
      }
    },
  };
}
