/**
 * Source documents made in the test: multi-page PDFs (pdfkit), Word files (docx) and web pages
 * with the boilerplate of a real one, all from the same paragraphs, so a test can compare formats.
 */
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph } from 'docx';
import PDFDocument from 'pdfkit';

/** A page of a generated PDF: paragraphs, each a string (pdfkit wraps it) or lines set as given. */
export type PdfParagraph = string | { lines: string[] };

export interface PdfOptions {
  /** Running header printed on top of every page; `{n}` becomes the printed page number. */
  header?: string;
  /** Running footer at the bottom of every page; `{n}` becomes the printed page number. */
  footer?: string;
  /** Printed number of the first page (a report's pages often start later than 1). */
  firstLabel?: number;
  /** Two columns of the given paragraphs per page instead of one. */
  columns?: 1 | 2;
}

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  return new Promise((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
}

export async function makePdf(pages: PdfParagraph[][], options: PdfOptions = {}): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 72, bufferPages: true, autoFirstPage: false });
  const done = collect(doc);
  doc.font('Helvetica').fontSize(11);
  for (const paragraphs of pages) {
    doc.addPage();
    if (options.columns === 2) {
      const width = (doc.page.width - 144 - 30) / 2;
      const half = Math.ceil(paragraphs.length / 2);
      [paragraphs.slice(0, half), paragraphs.slice(half)].forEach((column, c) => {
        doc.y = 72;
        for (const p of column) {
          const text = typeof p === 'string' ? p : p.lines.join('\n');
          doc.text(text, 72 + c * (width + 30), doc.y, { width });
          doc.moveDown();
        }
      });
      continue;
    }
    for (const p of paragraphs) {
      if (typeof p === 'string') doc.text(p);
      else for (const line of p.lines) doc.text(line);
      doc.moveDown();
    }
  }
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const n = String((options.firstLabel ?? 1) + i);
    // Furniture sits in the margins; margins off so pdfkit does not add a page for it.
    doc.page.margins = { top: 0, bottom: 0, left: 0, right: 0 };
    if (options.header) doc.fontSize(9).text(options.header.replace('{n}', n), 72, 36, { lineBreak: false });
    if (options.footer)
      doc.fontSize(9).text(options.footer.replace('{n}', n), 72, doc.page.height - 48, { lineBreak: false });
    doc.fontSize(11);
  }
  doc.end();
  return done;
}

/** A Word file: headings (level 1–3) and paragraphs. */
export async function makeDocx(blocks: ({ heading: string; level?: 1 | 2 | 3 } | string)[]): Promise<Buffer> {
  const levels = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;
  const children = blocks.map((b) =>
    typeof b === 'string'
      ? new Paragraph({ text: b, alignment: AlignmentType.LEFT })
      : new Paragraph({ text: b.heading, heading: levels[(b.level ?? 1) - 1] }),
  );
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export interface HtmlPage {
  title: string;
  paragraphs: string[];
  publisher?: string;
  /** ISO timestamp for article:published_time. */
  published?: string;
  /** A dateline paragraph above the article text, e.g. „Wiesbaden, 18.01.2024“. */
  dateline?: string;
}

/** Words of the boilerplate around the article: none of them may reach the text. */
export const BOILERPLATE_NAMES = [
  'Hessische Staatskanzlei',
  'Hessisches Ministerium der Finanzen',
  'Hessisches Ministerium des Innern, für Sicherheit und Heimatschutz',
  'Boris Rhein',
  'Landesbetrieb Bau und Immobilien Hessen',
];

/** A press-release page: navigation, cookie banner, the article, „Weitere Meldungen“ and a footer. */
export function makeHtml(page: HtmlPage): string {
  const meta = [
    `<meta property="og:title" content="${escapeHtml(page.title)}">`,
    page.publisher ? `<meta property="og:site_name" content="${escapeHtml(page.publisher)}">` : '',
    page.published ? `<meta property="article:published_time" content="${page.published}">` : '',
  ].join('\n');
  return `<!doctype html>
<html lang="de"><head><meta charset="utf-8"><title>${escapeHtml(page.title)} | Landesportal</title>
${meta}</head>
<body>
<header class="site-header"><a class="logo" href="/">Landesportal</a>
<nav aria-label="Hauptnavigation"><ul><li><a href="/stk">Hessische Staatskanzlei</a></li>
<li><a href="/hmdf">Hessisches Ministerium der Finanzen</a></li>
<li><a href="/hmdis">Hessisches Ministerium des Innern, für Sicherheit und Heimatschutz</a></li></ul></nav></header>
<div id="cookie-consent" class="cookie-banner"><p>Diese Seite verwendet Cookies. Verantwortlich ist die Hessische
Staatskanzlei. Mit „Akzeptieren“ stimmen Sie der Nutzung zu.</p><button>Akzeptieren</button></div>
<main><article>
<h1>${escapeHtml(page.title)}</h1>
${page.dateline ? `<p class="dateline">${escapeHtml(page.dateline)}</p>` : ''}
${page.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
<section class="related"><h2>Weitere Meldungen</h2><ul>
<li><a href="/m1">Ministerpräsident Boris Rhein eröffnet Messe in Frankfurt</a></li>
<li><a href="/m2">Landesbetrieb Bau und Immobilien Hessen saniert Behördenzentrum</a></li>
<li><a href="/m3">Hessisches Ministerium der Finanzen legt Haushaltsentwurf vor</a></li></ul></section>
</article></main>
<aside><h2>Kontakt</h2><p>Pressestelle der Hessischen Staatskanzlei, Georg-August-Zinn-Straße 1, Wiesbaden</p></aside>
<footer><p>© Hessische Staatskanzlei</p><ul><li>Impressum</li><li>Datenschutz</li><li>Barrierefreiheit</li></ul></footer>
</body></html>`;
}
