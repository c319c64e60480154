/**
 * Drawing captions kept in step with names and aliases. A caption depends on every alias an entity
 * gathered over all loads (a later document may bring the acronym a long name is shown by) and on
 * the caption rule itself, so it is recomputed after each load rather than merged row by row; an
 * unchanged rerun writes nothing.
 */
import type { Executor } from '../db/executor.ts';
import { shortCaption } from './caption.ts';
import * as Q from './statements.ts';

const BATCH = 1000;

interface CaptionRow extends Record<string, unknown> {
  id: string;
  name: string | null;
  aliases: string[];
  caption: string | null;
}

/** Sets every entity's caption from its current name and aliases; returns how many changed. */
export async function refreshCaptions(executor: Executor, signal?: AbortSignal): Promise<number> {
  return executor.writeTx(
    async (tx) => {
      const rows = await tx.run<CaptionRow>(Q.ENTITY_CAPTIONS);
      const changed = rows
        .map((row) => ({
          id: row.id,
          was: row.caption,
          caption: shortCaption(row.name ?? row.id, row.aliases),
        }))
        .filter((row) => row.caption !== row.was)
        .map(({ id, caption }) => ({ id, caption }));
      for (let i = 0; i < changed.length; i += BATCH) {
        await tx.run(Q.SET_CAPTIONS, { rows: changed.slice(i, i + BATCH) });
      }
      return changed.length;
    },
    signal ? { signal } : {},
  );
}
