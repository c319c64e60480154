/**
 * HTML element tree → plain text: one paragraph per block (p, li, heading, table row group),
 * paragraphs separated by a blank line, whitespace inside a block collapsed, headings recorded.
 * Shared by the web-page and the Word reader (mammoth turns DOCX into this kind of HTML).
 */
import type { ExtractedHeading } from './extracted.ts';

/** The parts of the DOM the walker uses (linkedom's nodes have them; no lib.dom needed). */
export interface HtmlNode {
  nodeType: number;
  textContent: string | null;
  childNodes: ArrayLike<HtmlNode>;
  localName?: string;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'button', 'select', 'img']);
const LEAF_BLOCKS = new Set(['p', 'pre', 'dt', 'dd', 'figcaption', 'caption', 'address', 'summary']);
const CONTAINERS = new Set([
  'div',
  'section',
  'article',
  'main',
  'body',
  'html',
  'header',
  'footer',
  'ul',
  'ol',
  'dl',
  'blockquote',
  'figure',
  'details',
  'aside',
  'nav',
  'form',
  'fieldset',
  'li',
  'center',
]);

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function children(node: HtmlNode): HtmlNode[] {
  return Array.from(node.childNodes);
}

function tag(node: HtmlNode): string {
  return (node.localName ?? '').toLowerCase();
}

function hasBlockChild(node: HtmlNode): boolean {
  return children(node).some(
    (c) =>
      c.nodeType === ELEMENT_NODE &&
      (CONTAINERS.has(tag(c)) || LEAF_BLOCKS.has(tag(c)) || /^h[1-6]$/.test(tag(c)) || tag(c) === 'table'),
  );
}

interface Block {
  text: string;
  level?: number;
}

/** Text of an inline run; <br> becomes a space. */
function inlineText(node: HtmlNode): string {
  if (node.nodeType === TEXT_NODE) return node.textContent ?? '';
  if (node.nodeType !== ELEMENT_NODE || SKIPPED.has(tag(node))) return '';
  if (tag(node) === 'br') return ' ';
  return children(node).map(inlineText).join('');
}

function tableRows(table: HtmlNode): string {
  const rows: string[] = [];
  const visit = (n: HtmlNode) => {
    for (const c of children(n)) {
      if (c.nodeType !== ELEMENT_NODE) continue;
      if (tag(c) === 'tr') {
        const cells = children(c).filter((d) => d.nodeType === ELEMENT_NODE && /^t[dh]$/.test(tag(d)));
        rows.push(cells.map((d) => collapse(inlineText(d))).join('\t'));
      } else visit(c);
    }
  };
  visit(table);
  return rows.filter((r) => r.replace(/\t/g, '').length > 0).join('\n');
}

function collectBlocks(node: HtmlNode, out: Block[]): void {
  let inline = '';
  const flush = () => {
    const text = collapse(inline);
    if (text.length > 0) out.push({ text });
    inline = '';
  };
  for (const child of children(node)) {
    const name = tag(child);
    if (child.nodeType === TEXT_NODE) inline += child.textContent ?? '';
    else if (child.nodeType !== ELEMENT_NODE || SKIPPED.has(name)) continue;
    else if (/^h[1-6]$/.test(name)) {
      flush();
      const text = collapse(inlineText(child));
      if (text.length > 0) out.push({ text, level: Number(name[1]) });
    } else if (name === 'table') {
      flush();
      const rows = tableRows(child);
      if (rows.length > 0) out.push({ text: rows });
    } else if (LEAF_BLOCKS.has(name) || (CONTAINERS.has(name) && !hasBlockChild(child))) {
      flush();
      const text = collapse(inlineText(child));
      if (text.length > 0) out.push({ text });
    } else if (CONTAINERS.has(name)) {
      flush();
      collectBlocks(child, out);
    } else inline += inlineText(child);
  }
  flush();
}

/** The text of an element tree and where its headings stand in that text. */
export function htmlToText(root: HtmlNode): { text: string; headings: ExtractedHeading[] } {
  const blocks: Block[] = [];
  collectBlocks(root, blocks);
  let text = '';
  const headings: ExtractedHeading[] = [];
  for (const block of blocks) {
    if (text.length > 0) text += '\n\n';
    if (block.level !== undefined)
      headings.push({ start: text.length, end: text.length + block.text.length, level: block.level });
    text += block.text;
  }
  return { text, headings };
}
