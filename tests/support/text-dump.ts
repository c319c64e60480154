/**
 * Text dumps as a PDF-to-text tool writes them, made in the test from paragraphs: lines broken at
 * a fixed width inside paragraphs, words hyphenated at the line end, form feeds between pages, a
 * running header on top of every page and a footer with the page number. The same blocks give the
 * unwrapped text (one line per paragraph, no pages) to compare with.
 */

/**
 * A block of the document: a paragraph (a string; „~“ marks where a word may be hyphenated), a
 * heading, list items, table rows (cells joined by tabs) or a speaker's line with the speech right
 * under it. Paragraphs, list items and speeches wrap.
 */
export type DumpBlock =
  | string
  | { heading: string }
  | { items: string[] }
  | { rows: string[][] }
  | { speaker: string; speech: string };

export interface DumpOptions {
  /** Line width of the wrapped text. */
  width: number;
  /** Lines of text per page (the running header and footer come on top); a list gives each page its own, the last one repeats. */
  pageLines: number | number[];
  /** Running header on top of every page, right above the first line of text. */
  header: string;
  /** Footer under the text; `{n}` and `{total}` become the page number and count. */
  footer: string;
}

const plain = (text: string) => text.replaceAll('~', '');

/**
 * Lines of at most `width` characters (greedy). A word that does not fit is split where the text
 * allows it: after a hyphen of the word itself („Online-⏎Dienste“) or at a „~“, with a hyphen
 * added („Verwal-⏎tung“). `indent` starts the lines after the first.
 */
export function hardWrap(text: string, width: number, indent = ''): string[] {
  const lines: string[] = [];
  let line = '';
  const room = () => width - line.length - (line.length > 0 ? 1 : 0);
  for (const word of text.split(' ')) {
    let rest = word;
    while (plain(rest).length > room()) {
      // The longest head of the word that fits with its hyphen.
      let cut: { head: string; tail: string } | null = null;
      for (let i = 1; i < rest.length; i++) {
        const hyphen =
          rest[i] === '~' ? '-' : rest[i - 1] === '-' && /\p{L}/u.test(rest[i] ?? '') ? '' : null;
        if (hyphen === null) continue;
        const head = plain(rest.slice(0, i)) + hyphen;
        if (head.length <= room() && head.length >= 3)
          cut = { head, tail: rest.slice(rest[i] === '~' ? i + 1 : i) };
      }
      if (!cut) break;
      line += (line.length > 0 ? ' ' : '') + cut.head;
      lines.push(line);
      line = indent;
      rest = cut.tail;
    }
    if (line.trim().length > 0 && plain(rest).length > room()) {
      lines.push(line);
      line = indent;
    }
    line += (line.trim().length > 0 ? ' ' : '') + plain(rest);
  }
  if (line.trim().length > 0) lines.push(line);
  return lines;
}

/** The blocks as one paragraph per line, blank lines between blocks: the text without layout. */
export function unwrappedText(blocks: readonly DumpBlock[]): string {
  return blocks
    .map((b) => {
      if (typeof b === 'string') return plain(b);
      if ('heading' in b) return b.heading;
      if ('items' in b) return b.items.map((i) => `• ${plain(i)}`).join('\n');
      if ('rows' in b) return b.rows.map((r) => r.join('\t')).join('\n');
      return `${b.speaker}\n${plain(b.speech)}`;
    })
    .join('\n\n')
    .concat('\n');
}

/** The blocks laid out as a PDF text dump; see the module comment. */
export function pdfTextDump(blocks: readonly DumpBlock[], options: DumpOptions): string {
  const body: string[] = [];
  for (const b of blocks) {
    if (body.length > 0) body.push('');
    if (typeof b === 'string') body.push(...hardWrap(b, options.width));
    else if ('heading' in b) body.push(b.heading);
    else if ('items' in b)
      for (const item of b.items) body.push(...hardWrap(`• ${item}`, options.width, '  '));
    else if ('rows' in b) body.push(...b.rows.map((r) => r.join('\t')));
    else body.push(b.speaker, ...hardWrap(b.speech, options.width));
  }
  const pages: string[][] = [];
  const counts = [options.pageLines].flat();
  for (let i = 0; i < body.length; ) {
    const count = counts[Math.min(pages.length, counts.length - 1)] as number;
    pages.push(body.slice(i, i + count));
    i += count;
  }
  return pages
    .map((lines, p) => {
      const footer = options.footer.replace('{n}', String(p + 1)).replace('{total}', String(pages.length));
      return [options.header, ...lines, '', footer, ''].join('\n');
    })
    .join('\f');
}
