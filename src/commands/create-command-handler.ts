import { briefingCommand } from "./briefing-command.js";
import { changesSettings } from "./changes-settings.js";
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

/** The command handler, and a way to tell it that settings were changed through another one. */
export interface LocalCommandHandler extends CommandHandler {
  /** Forget cached topics, subscriptions and answers (a change was made by another handler). */
  settingsChanged(): void;
  /** Resolves once the speaker list, which the first `/latest` would wait for, has been read (or failed). */
  warm(): Promise<void>;
}

/**
 * The platform-neutral command handler every adapter calls: one run per command, behind one
 * gate (`handleCommand`) that checks subcommands, admin rights and options and turns surprises
 * into a reply with a ref. Starts reading the list of known speakers at once, so the first
 * `/latest` does not wait for it.
 */
export function createCommandHandler(deps: CommandDeps): LocalCommandHandler {
  const directory = createDirectorySource(deps, deps.speakerCacheMs ?? defaultSpeakerCacheMs);
  const firstRead = directory
    .current()
    .then(() => undefined)
    .catch((error: unknown) => deps.logger.warn("could not read the speaker list yet", { error }));
  const settings = createSettingsCache(deps.store, deps.settingsCacheMs ?? defaultSettingsCacheMs);
  const runs: Record<CommandName, CommandRun> = {
    latest: createLatestCommand(deps, directory, settings),
    briefing: (input) => briefingCommand(input, deps),
    topic: (input) => topicCommand(input, deps),
    feed: (input) => feedCommand(input, deps),
    subscribe: (input) => subscribeCommand(input, deps),
    unsubscribe: (input) => unsubscribeCommand(input, deps),
    status: (input) => statusCommand(input, deps),
    help: async (input) => helpCommand(input.request.context, input.request.subcommand),
  };
  return {
    // A change made here is seen by the next command here at once, whatever the cache holds.
    handle: (request) =>
      handleCommand(request, runs, deps.logger).finally(() => {
        if (changesSettings(request.command)) settings.clear();
      }),
    settingsChanged: () => settings.clear(),
    warm: () => firstRead,
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
