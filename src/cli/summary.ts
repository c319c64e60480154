import type { LoadSummary } from '../load/load-documents.ts';

function table(title: string, rows: [string, string | number][]): string {
  if (rows.length === 0) return `${title}: none\n`;
  const width = Math.max(...rows.map(([k]) => k.length), title.length);
  const lines = rows.map(([k, v]) => `  ${k.padEnd(width)}  ${String(v).padStart(7)}`);
  return `${title}\n${lines.join('\n')}\n`;
}

function sorted(counts: Partial<Record<string, number>>): [string, number][] {
  return Object.entries(counts)
    .map(([k, v]) => [k, v ?? 0] as [string, number])
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** The end-of-load report: what was read, what changed in the graph, how long it took. */
export function formatSummary(summary: LoadSummary): string {
  const docs: [string, string][] = summary.dryRun
    ? summary.batches.map((b) => [b.document.id, 'dry run'])
    : summary.documents.map((d) => [
        d.documentId,
        `${d.status}${d.status === 'unchanged' ? '' : `, ${d.entitiesNew} new / ${d.entitiesExisting} known entities`}`,
      ]);
  const parts = [
    table('Documents', docs),
    table('Entities by type (as extracted)', sorted(summary.entitiesByType)),
    table('Relations by type (as extracted)', sorted(summary.relationsByType)),
  ];
  if (!summary.dryRun) {
    const { before, after } = summary;
    parts.push(
      table('Graph', [
        ['nodes', `${before.nodes} → ${after.nodes}`],
        ['relationships', `${before.relationships} → ${after.relationships}`],
        ['entities', `${before.entities} → ${after.entities}`],
        ['documents', `${before.documents} → ${after.documents}`],
        ['Cypher round trips', Math.round(summary.documents.reduce((n, d) => n + d.roundTrips, 0))],
      ]),
    );
  }
  parts.push(
    `Time: ${(summary.millis / 1000).toFixed(2)} s${summary.dryRun ? ' (dry run: nothing was written)' : ''}\n`,
  );
  return parts.join('\n');
}
