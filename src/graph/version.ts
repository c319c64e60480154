/**
 * The graph version: a counter in one bookkeeping node that every load bumps inside its own
 * write transaction, so readers (the API's response cache) can tell whether the graph changed
 * since they last answered. Readers in this process are also told at once after a commit;
 * readers in other processes notice on their next poll.
 */

/** Bumps the version; run inside the transaction that changes the graph. */
export const BUMP_GRAPH_VERSION = `
MERGE (v:GraphVersion {id: 'graph'})
SET v.version = coalesce(v.version, 0) + 1, v.changedAt = datetime()
RETURN v.version AS version`;

/** The current version; 0 before the first load. */
export const READ_GRAPH_VERSION = `
OPTIONAL MATCH (v:GraphVersion {id: 'graph'})
RETURN coalesce(v.version, 0) AS version`;

type Listener = () => void;
const listeners = new Set<Listener>();

/** Called after a commit that bumped the version; returns the unsubscribe function. */
export function onGraphChanged(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Tells this process's readers that the graph changed (after the commit, never before). */
export function graphChanged(): void {
  for (const listener of listeners) listener();
}
