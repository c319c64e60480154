/**
 * The cross-document comparison researchers ask for first: entities that one document pledges
 * (PLEDGED_IN evidence, e.g. the coalition agreement as reported by eco's analysis) and that
 * another document describes (mentions, e.g. the 2023 brochure), with the pledge passages and
 * pages, the describing sentences and a heuristic status per sentence (see description-status.ts).
 */
import { badInput, notFound } from '../../errors.ts';
import type { ReadContext } from './context.ts';
import { classifyDescription, type DescriptionStatus, overallStatus } from './description-status.ts';
import { documentsByIds } from './documents.ts';
import { clamp } from './paging.ts';
import { type EntityRow, entityProjection, toEntity } from './projections.ts';
import type { EntityView, EvidenceView, MentionView } from './types.ts';

/**
 * Per pledged entity: its pledge evidence (optionally from one document, never from the describing
 * one) and its mentions in the describing document, or, without one, in every document that holds
 * none of its pledges. Entities without such a mention are dropped.
 */
export const PLEDGED_AND_DESCRIBED = `
MATCH (e:Entity)-[r:PLEDGED_IN]->(:Entity)
MATCH (ev:Evidence {relKey: r.key})
WHERE ($pledgeDocument IS NULL OR ev.documentId = $pledgeDocument)
  AND ($describedIn IS NULL OR ev.documentId <> $describedIn)
OPTIONAL MATCH (ev)-[:IN_SECTION]->(ps:Section)
WITH e, ev, ps ORDER BY ev.documentId, ev.start, ev.id
WITH e, collect({id: ev.id, quote: ev.quote, page: ev.page, citedPage: ev.citedPage,
                 section: ps.heading, sectionId: ev.sectionId,
                 documentId: ev.documentId, method: ev.method, confidence: ev.confidence,
                 start: ev.start, end: ev.end}) AS pledges,
        collect(DISTINCT ev.documentId) AS pledgeDocuments
CALL (e, pledgeDocuments) {
  MATCH (s:Section)-[m:MENTIONS]->(e)
  WITH s, m, coalesce(m.documentId, s.documentId) AS documentId
  WHERE CASE WHEN $describedIn IS NULL THEN NOT documentId IN pledgeDocuments
             ELSE documentId = $describedIn END
  WITH s, m, documentId ORDER BY documentId, m.start, m.surfaceStart, s.id
  RETURN collect({quote: m.quote, page: m.page, citedPage: m.citedPage,
                  section: s.heading, sectionId: s.id, documentId: documentId,
                  surface: m.surface, start: m.start, end: m.end}) AS descriptions
}
WITH e, pledges, descriptions WHERE size(descriptions) > 0
RETURN ${entityProjection('e')} AS entity, pledges, descriptions`;

export const DEFAULT_COMPARISON_FIRST = 50;

export interface PledgedAndDescribedArgs {
  /** Only pledges from this document; default: every document that holds PLEDGED_IN evidence. */
  pledgeDocument?: string | null | undefined;
  /** Only descriptions from this document; default: every document without the entity's pledges. */
  describedIn?: string | null | undefined;
  /** Only entities whose overall status is one of these; default: all. */
  status?: readonly DescriptionStatus[] | null | undefined;
  first?: number | null | undefined;
}

/** A describing sentence with its heuristic status and the cue words behind it. */
export interface DescriptionView {
  mention: MentionView;
  status: DescriptionStatus;
  cues: string[];
}

export interface PledgeComparisonView {
  entity: EntityView;
  /** First of RUNNING, MIXED, PLANNED, UNCLEAR among the descriptions. */
  status: DescriptionStatus;
  pledges: EvidenceView[];
  descriptions: DescriptionView[];
}

type Row = {
  entity: EntityRow;
  pledges: EvidenceView[];
  descriptions: MentionView[];
};

const collator = new Intl.Collator('de');

/** One description per sentence: several mentions in one sentence ("HZD", "Hessische Zentrale …") count once. */
function distinctSentences(mentions: readonly MentionView[]): MentionView[] {
  const seen = new Set<string>();
  return mentions.filter((m) => {
    const key = `${m.documentId}|${m.start ?? m.quote}|${m.end ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** First page of the agreement the pledges cite (or stand on, where they cite none). */
function firstPage(pledges: readonly EvidenceView[]): number {
  const pages = pledges.map((p) => p.citedPage ?? p.page).filter((p): p is number => p != null);
  return pages.length > 0 ? Math.min(...pages) : Number.POSITIVE_INFINITY;
}

async function assertDocuments(ctx: ReadContext, ids: readonly string[]): Promise<void> {
  const known = await documentsByIds(ctx, ids);
  const missing = ids.find((id) => !known.has(id));
  if (missing !== undefined) throw notFound('Document', missing);
}

/**
 * Pledged entities that another document describes, ordered by the first page of their pledges
 * (unpaged last), then by name. Unknown document ids are NOT_FOUND; the same id on both sides is
 * BAD_USER_INPUT; `first` is clamped to [0, maxPageSize].
 */
export async function pledgedAndDescribed(
  ctx: ReadContext,
  args: PledgedAndDescribedArgs,
): Promise<PledgeComparisonView[]> {
  const pledgeDocument = args.pledgeDocument ?? null;
  const describedIn = args.describedIn ?? null;
  if (pledgeDocument !== null && pledgeDocument === describedIn) {
    throw badInput('pledgeDocument and describedIn must be different documents.', {
      pledgeDocument,
      describedIn,
    });
  }
  const ids = [pledgeDocument, describedIn].filter((id): id is string => id !== null);
  if (ids.length > 0) await assertDocuments(ctx, ids);
  const limit = clamp(args.first ?? DEFAULT_COMPARISON_FIRST, 0, ctx.maxPageSize);
  const rows = await ctx.executor.read<Row>(PLEDGED_AND_DESCRIBED, { pledgeDocument, describedIn });
  const comparisons = rows.map((row): PledgeComparisonView => {
    const descriptions = distinctSentences(row.descriptions).map((mention) => ({
      mention,
      ...classifyDescription(mention.quote),
    }));
    return {
      entity: toEntity(row.entity),
      status: overallStatus(descriptions.map((d) => d.status)),
      pledges: row.pledges,
      descriptions,
    };
  });
  const wanted = args.status && args.status.length > 0 ? new Set(args.status) : null;
  return comparisons
    .filter((c) => wanted === null || wanted.has(c.status))
    .sort(
      (a, b) =>
        firstPage(a.pledges) - firstPage(b.pledges) ||
        collator.compare(a.entity.name, b.entity.name) ||
        a.entity.id.localeCompare(b.entity.id),
    )
    .slice(0, limit);
}
