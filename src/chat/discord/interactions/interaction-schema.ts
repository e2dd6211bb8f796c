import { z } from "zod";

/** An option of a received command: a value, or (type 1) a subcommand with its own options. */
export interface InteractionOption {
  name: string;
  type: number;
  value?: string | number | boolean | undefined;
  /** The option being typed, in autocomplete interactions. */
  focused?: boolean | undefined;
  options?: InteractionOption[] | undefined;
}

const optionSchema: z.ZodType<InteractionOption> = z.lazy(() =>
  z.object({
    name: z.string(),
    type: z.number(),
    value: z.union([z.string(), z.number(), z.boolean()]).optional(),
    focused: z.boolean().optional(),
    options: z.array(optionSchema).optional(),
  }),
);

const userSchema = z.object({ id: z.string() });

/**
 * The parts of an INTERACTION_CREATE payload (gateway or HTTP) that we use, validated at the edge:
 * Discord sends much more, which is ignored. Types: 1 ping, 2 command, 4 autocomplete.
 */
export const interactionSchema = z.object({
  id: z.string(),
  application_id: z.string(),
  type: z.number(),
  token: z.string(),
  guild_id: z.string().optional(),
  channel_id: z.string().optional(),
  channel: z.object({ id: z.string() }).optional(),
  /** Present in guilds: the member with their permissions in this channel (a decimal bit set). */
  member: z.object({ user: userSchema, permissions: z.string().optional() }).optional(),
  /** Present in DMs instead of `member`. */
  user: userSchema.optional(),
  data: z
    .object({ name: z.string(), type: z.number().optional(), options: z.array(optionSchema).optional() })
    .optional(),
});

/** A validated interaction. */
export type Interaction = z.infer<typeof interactionSchema>;

/** Interaction types we answer. */
export const interactionType = { ping: 1, command: 2, autocomplete: 4 } as const;

/** Interaction callback types we send. */
export const callbackType = { pong: 1, message: 4, deferredMessage: 5, autocomplete: 8 } as const;
