/** XML 1.0 text helpers for the GraphML writer. */

/** Characters XML 1.0 cannot carry at all, even as references (C0 controls, lone surrogates, U+FFFE/F). */
const INVALID_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // Parsers normalise raw CR/LF/TAB (to LF in text, to spaces in attributes); references survive.
  '\r': '&#13;',
  '\n': '&#10;',
  '\t': '&#9;',
};

/** Escapes text for element content and attribute values alike; invalid characters are dropped. */
export function escapeXml(value: string): string {
  return value.replace(INVALID_XML, '').replace(/[&<>"'\r\n\t]/g, (c) => ENTITIES[c] ?? c);
}

/**
 * GraphML ids are `xs:NMTOKEN`s: letters, digits, `.`, `-`, `:` pass, anything else (including
 * `_`, so the mapping stays reversible) becomes `_xHHHH_`. Slug ids such as `hessen-app` are unchanged.
 */
export function toNmtoken(id: string): string {
  let out = '';
  for (const char of id) {
    out += /^[\p{L}\p{N}.:-]$/u.test(char)
      ? char
      : `_x${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}_`;
  }
  return out === '' ? '_x0000_' : out;
}
