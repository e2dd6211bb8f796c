import { z } from "zod";

/** An option as Discord returns it; fields it leaves out when false or unset are optional here. */
interface RegisteredOption {
  type: number;
  name: string;
  description: string;
  required?: boolean | null | undefined;
  autocomplete?: boolean | null | undefined;
  max_length?: number | null | undefined;
  options?: RegisteredOption[] | null | undefined;
}

const optionSchema: z.ZodType<RegisteredOption> = z.lazy(() =>
  z.object({
    type: z.number(),
    name: z.string(),
    description: z.string(),
    required: z.boolean().nullish(),
    autocomplete: z.boolean().nullish(),
    max_length: z.number().nullish(),
    options: z.array(optionSchema).nullish(),
  }),
);

const commandSchema = z.object({
  type: z.number().nullish(),
  name: z.string(),
  description: z.string().nullish(),
  options: z.array(optionSchema).nullish(),
  default_member_permissions: z.union([z.string(), z.number()]).nullish(),
  contexts: z.array(z.number()).nullish(),
});

/**
 * Commands (ours, or what GET returned) in one canonical form for comparison: defaults filled in
 * (Discord omits `required: false`, returns permissions as a string), order kept as registered,
 * ids and versions dropped. Anything unreadable compares unequal, so it gets overwritten.
 */
export function normaliseCommands(raw: unknown): unknown {
  const parsed = z.array(commandSchema).safeParse(raw);
  if (!parsed.success) return { unreadable: true };
  return parsed.data.map((command) => ({
    type: command.type ?? 1,
    name: command.name,
    description: command.description ?? "",
    options: (command.options ?? []).map(normaliseOption),
    permissions:
      command.default_member_permissions === null || command.default_member_permissions === undefined
        ? null
        : String(command.default_member_permissions),
    contexts: command.contexts ?? null,
  }));
}

function normaliseOption(option: RegisteredOption): unknown {
  return {
    type: option.type,
    name: option.name,
    description: option.description,
    required: option.required ?? false,
    autocomplete: option.autocomplete ?? false,
    maxLength: option.max_length ?? null,
    options: (option.options ?? []).map(normaliseOption),
  };
}
