/**
 * Web pages: the main article only (Mozilla Readability over a linkedom DOM). Navigation,
 * cookie banners, footers and „Weitere Meldungen“ lists are removed before Readability scores
 * the page, so none of their words reach the text. Title, date and publisher come from the
 * page's metadata (og:title, article:published_time, og:site_name), the date else from the dateline.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { ExtractedHeading, ExtractedMeta, ExtractedText } from './extracted.ts';
import { htmlToText } from './html-blocks.ts';

/** Page chrome: never part of an article. */
const CHROME =
  'script, style, noscript, template, iframe, nav, aside, form, dialog, [role="navigation"], ' +
  '[role="banner"], [role="contentinfo"], [role="complementary"], [role="dialog"], [aria-hidden="true"], [hidden]';
/** Class or id words of consent banners, share bars, breadcrumbs and teaser lists. */
const CHROME_NAME =
  /(?:^|[\s_-])(?:cookie|cookies|consent|gdpr|banner|newsletter|share|sharing|social|breadcrumbs?|related|teaser-?list|skip-?link|sr-only)(?:$|[\s_-])/i;
/** Headings of lists of other articles. */
const RELATED_HEADING =
  /^(?:weitere|mehr|ähnliche|verwandte|aktuelle)\s+(?:meldungen|artikel|nachrichten|pressemitteilungen|themen|beiträge|informationen)|^(?:das|dies) könnte sie auch interessieren|^mehr zum thema|^auch interessant|^lesen sie auch/i;

function removeChrome(document: Document): void {
  for (const el of Array.from(document.querySelectorAll(CHROME))) el.remove();
  // The page's own header and footer, not an article's.
  for (const el of Array.from(document.querySelectorAll('header, footer'))) {
    if (!el.closest('article, main')) el.remove();
  }
  for (const el of Array.from(document.querySelectorAll('[class], [id]'))) {
    const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (CHROME_NAME.test(names) && el.isConnected) el.remove();
  }
  for (const h of Array.from(document.querySelectorAll('h1, h2, h3, h4, h5, h6'))) {
    if (!h.isConnected || !RELATED_HEADING.test((h.textContent ?? '').trim())) continue;
    removeRelatedList(h);
  }
}

/** A „Weitere Meldungen“ heading, and what follows it up to the next heading of its rank or higher. */
function removeRelatedList(heading: Element): void {
  const parent = heading.parentElement;
  if (parent && parent.firstElementChild === heading && /^(?:section|div|aside)$/i.test(parent.tagName)) {
    parent.remove();
    return;
  }
  const rank = Number(heading.tagName[1]);
  let next = heading.nextElementSibling;
  heading.remove();
  while (next) {
    const m = /^H([1-6])$/i.exec(next.tagName);
    if (m && Number(m[1]) <= rank) break;
    const after: Element | null = next.nextElementSibling;
    next.remove();
    next = after;
  }
}

function metaContent(document: Document, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const el = document.querySelector(
      `meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`,
    );
    const value = el?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return undefined;
}

const MONTHS = [
  'januar',
  'februar',
  'märz',
  'april',
  'mai',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'dezember',
];

function iso(year: string, month: number, day: string): string {
  return `${year}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** „Wiesbaden, 18.01.2024“, „18. Januar 2024“ or an ISO timestamp → `YYYY-MM-DD`. */
export function parseGermanDate(text: string): string | undefined {
  const isoDate = /\b(\d{4})-(\d{2})-(\d{2})(?!\d)/.exec(text);
  if (isoDate) return iso(isoDate[1] as string, Number(isoDate[2]), isoDate[3] as string);
  const numeric = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/.exec(text);
  if (numeric) return iso(numeric[3] as string, Number(numeric[2]), numeric[1] as string);
  const named = new RegExp(`\\b(\\d{1,2})\\.\\s*(${MONTHS.join('|')})\\s+(\\d{4})\\b`, 'i').exec(text);
  if (named)
    return iso(
      named[3] as string,
      MONTHS.indexOf((named[2] as string).toLowerCase()) + 1,
      named[1] as string,
    );
  return undefined;
}

/** Metadata of the page head; read before the article is cut out of the page. */
function headMeta(document: Document): ExtractedMeta & { stamped?: string } {
  const meta: ExtractedMeta & { stamped?: string } = {};
  const title =
    metaContent(document, 'og:title', 'twitter:title') ??
    document.querySelector('title')?.textContent?.trim();
  if (title) meta.title = title;
  const publisher = metaContent(document, 'og:site_name', 'publisher', 'DC.publisher');
  if (publisher) meta.publisher = publisher;
  const stamped =
    metaContent(document, 'article:published_time', 'datePublished', 'date', 'DC.date', 'dcterms.date') ??
    document.querySelector('time[datetime]')?.getAttribute('datetime');
  if (stamped) meta.stamped = stamped;
  return meta;
}

export function extractHtml(html: string): ExtractedText {
  const { document } = parseHTML(html) as unknown as { document: Document };
  const { stamped, ...meta } = headMeta(document);
  removeChrome(document);
  // Readability drops the dateline („Wiesbaden, 18.01.2024 –“) as a byline: read it first.
  const lead = ((document.querySelector('main, article') ?? document.body)?.textContent ?? '').slice(0, 600);
  const article = new Readability(document, { serializer: (node) => node, charThreshold: 200 }).parse();
  const root =
    (article?.content as Node | null | undefined) ?? document.querySelector('main, article') ?? document.body;
  let { text, headings } = root ? htmlToText(root) : { text: '', headings: [] as ExtractedHeading[] };
  // Readability takes the article's title out of its body; it heads the text again here.
  const title = article?.title?.trim();
  if (title && !text.startsWith(title)) {
    headings = [
      { start: 0, end: title.length, level: 1 },
      ...headings.map((h) => shift(h, title.length + 2)),
    ];
    text = text.length > 0 ? `${title}\n\n${text}` : title;
  }
  const date = (stamped && parseGermanDate(stamped)) || parseGermanDate(lead);
  return { text, pages: [], headings, meta: date ? { ...meta, date } : meta };
}

function shift(h: ExtractedHeading, by: number): ExtractedHeading {
  return { ...h, start: h.start + by, end: h.end + by };
}
