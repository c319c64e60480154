/** Plain-text rendering of a corpus score: one table row per document and a total, misses on demand. */
import type { Share } from './counts.ts';
import { type CorpusScore, figures } from './run.ts';
import type { DocumentScore } from './score.ts';

const COLUMNS = [
  'document',
  'ent P',
  'ent R',
  'new R',
  'new people',
  'rel P',
  'rel R',
  'any-type R',
  'trap hits',
  'quotes not verbatim',
  'dates',
  'doc date',
  'pages P/R',
] as const;

const fixed = (n: number) => n.toFixed(2);
const share = (s: Share) => `${s.found}/${s.total}`;

function row(s: DocumentScore): string[] {
  const f = figures(s);
  return [
    s.document,
    fixed(f.entityPrecision),
    fixed(f.entityRecall),
    `${fixed(f.newEntityRecall)} (${share(s.newEntities)})`,
    share(s.newPeople),
    fixed(f.relationPrecision),
    fixed(f.relationRecall),
    `${fixed(f.anyTypeRelationRecall)} (${share(s.anyTypeRelations)})`,
    `${f.trapViolations}/${s.traps.checked}`,
    `${f.quotesNotVerbatim}/${s.quotes.checked}`,
    share(s.dates.share),
    s.documentDate ? (s.documentDate.correct ? 'ok' : `wrong (${s.documentDate.extracted ?? 'none'})`) : '–',
    f.pagePrecision === null || f.pageRecall === null
      ? '–'
      : `${fixed(f.pagePrecision)}/${fixed(f.pageRecall)}`,
  ];
}

/** The table; numbers right-aligned, the document column left-aligned. */
export function formatTable(score: CorpusScore): string {
  const rows = [[...COLUMNS], ...score.documents.map(row), row(score.total)];
  const widths = COLUMNS.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) =>
    r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  const body = rows.map(line);
  const m = score.total.missCauses;
  const causes = `Missed relations: ${m.endMissing} with an end not found, ${m.apart} with both ends found but never in one sentence, ${m.together} found together without a claim`;
  const c = score.total.wrongClaims;
  const claims = `Wrong claims: ${c.wrongType} between gold-related entities with another type or direction, ${c.unrelated} between gold entities the gold does not relate, ${c.endWrong} with an end that is no gold entity`;
  const w = score.total.wrongEntities;
  const wrong = `Wrong entities: ${w.wrongType} of a gold entity's name with another type, ${w.duplicate} second nodes, ${w.unknown} no gold entity (${w.nearMiss} of them share a word with a missed one)`;
  const byType = (shares: Record<string, Share>) =>
    Object.entries(shares)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([type, s]) => `${type} ${share(s)}`)
      .join(', ');
  return [
    body[0],
    rule,
    ...body.slice(1, -1),
    rule,
    body.at(-1),
    '',
    causes,
    claims,
    wrong,
    `Entities found by type: ${byType(score.total.entitiesByType)}`,
    `Relations found by type: ${byType(score.total.relationsByType)}`,
  ].join('\n');
}

/** Misses (FN), false positives (FP) and failed checks per document, then relation recall per type. */
export function formatDetails(score: CorpusScore): string {
  const out: string[] = [];
  for (const s of score.documents) {
    out.push(`\n${s.document}`);
    for (const f of s.findings) out.push(`  ${f.kind} ${f.what.padEnd(8)} ${f.text}`);
    for (const v of s.traps.violations) out.push(`  TRAP     ${v}`);
    for (const p of s.traps.notFound) out.push(`  (trap phrase not in the text: „${p}“)`);
    for (const q of s.quotes.failed)
      out.push(`  QUOTE    not verbatim: ${q.replace(/\s+/g, ' ').slice(0, 160)}`);
    for (const d of s.dates.wrong) out.push(`  DATE     ${d}`);
    if (s.documentDate && !s.documentDate.correct)
      out.push(`  DATE     document: ${s.documentDate.gold}, got ${s.documentDate.extracted ?? 'none'}`);
    if (s.unknownTypes.length > 0)
      out.push(`  (relation types the model lacks: ${s.unknownTypes.join(', ')})`);
  }
  return out.join('\n');
}
