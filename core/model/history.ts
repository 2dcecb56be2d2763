import { z } from 'zod';

/** Why a snapshot exists: taken automatically while editing, named by the user, or before a risky step. */
export const snapshotKindSchema = z.enum(['auto', 'named', 'before-restore', 'before-import']);
export type SnapshotKind = z.infer<typeof snapshotKindSchema>;

/** A snapshot as listed in the history panel (without its document). */
export const snapshotInfoSchema = z.object({
  id: z.number().int(),
  kind: snapshotKindSchema,
  name: z.string(),
  createdAt: z.string(),
  wordCount: z.number().int(),
});
export type SnapshotInfo = z.infer<typeof snapshotInfoSchema>;
