import type { Migration, MigrationProvider } from "kysely";
import { migration001Initial } from "./001-initial.js";
import { migration002TopicTitle } from "./002-topic-title.js";
import { migration003Briefings } from "./003-briefings.js";
import { migration004Chat } from "./004-chat.js";
import { migration005Commands } from "./005-commands.js";
import { migration006Delivery } from "./006-delivery.js";
import { migration007TopicMatches } from "./007-topic-matches.js";

/**
 * Every migration, in order. Migrations are in code (not read from disk) so they work from src/
 * under tsx and from dist/ alike. A schema change is one new file `NNN-what.ts` plus one line
 * here; applied migrations are never edited.
 */
const migrations: Record<string, Migration> = {
  "001-initial": migration001Initial,
  "002-topic-title": migration002TopicTitle,
  "003-briefings": migration003Briefings,
  "004-chat": migration004Chat,
  "005-commands": migration005Commands,
  "006-delivery": migration006Delivery,
  "007-topic-matches": migration007TopicMatches,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
