import { z } from 'zod';

/**
 * The kinds of things an account may have to act on, one per group of the home screen ("Việc cần làm"),
 * in the order the screen shows them. A module that adds work (tasks, petitions) adds its kinds here.
 */
export const inboxGroupKeys = [
  'reportsToWrite',
  'reportsReturned',
  'reportsToApprove',
  'assessmentsToRate',
  'modelsToEvaluate',
  'tasksOverdue',
  'tasksDueSoon',
  'tasksToAccept',
  'taskExtensionsToDecide',
  'tasksGivenOverdue',
  'nominationsToApprove',
  'nominationsDue',
  'bridgePointsToFill',
  'minutesToApprove',
] as const;
export type InboxGroupKey = (typeof inboxGroupKeys)[number];

/** What the web needs to build the address of the record an item points to. */
export const inboxLinkSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('report'), roundId: z.number().int(), unitId: z.number().int() }),
  z.object({ kind: z.literal('assessment'), unitId: z.number().int(), year: z.number().int() }),
  z.object({ kind: z.literal('model'), id: z.number().int() }),
  z.object({ kind: z.literal('task'), id: z.number().int() }),
  z.object({ kind: z.literal('campaign'), id: z.number().int() }),
  z.object({ kind: z.literal('conference'), id: z.number().int() }),
]);
export type InboxLink = z.infer<typeof inboxLinkSchema>;

export const inboxItemSchema = z.object({
  /** The record's name: a round's title, a model's name; the year of a democracy assessment. */
  title: z.string(),
  unitName: z.string(),
  /** The deadline when the work has one (a report), otherwise the date it has waited since (ISO date). */
  date: z.iso.date(),
  /** True when `date` is a deadline and it has passed (Vietnamese day). */
  overdue: z.boolean(),
  /** The record's state, in its feature's own codes (`draft`, `submitted`, `registered`…). */
  state: z.string(),
  /** What the level above wrote when it returned the record; null when there is none. */
  comment: z.string().nullable(),
  link: inboxLinkSchema,
});
export type InboxItem = z.infer<typeof inboxItemSchema>;

export const inboxGroupSchema = z.object({
  key: z.enum(inboxGroupKeys),
  /** Every item of the group in scope; `items` holds the first ones only, oldest date first. */
  count: z.number().int(),
  items: z.array(inboxItemSchema),
});
export type InboxGroup = z.infer<typeof inboxGroupSchema>;

/** The account's work: only the groups it has something in, in the order of `inboxGroupKeys`. */
export const inboxSchema = z.object({ groups: z.array(inboxGroupSchema) });
export type Inbox = z.infer<typeof inboxSchema>;
