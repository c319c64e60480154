/**
 * Renders the Neo4j Browser guide: the partial-HTML slide format Browser plays with
 * `:play <url>` (`<article class="guide">` → `<carousel class="deck container-fluid">` →
 * `<slide class="row-fluid">`, a col-sm-3 title column and a col-sm-9 content column; a
 * `<pre class="pre-scrollable code runnable">` block is put into the editor with one click).
 * Browser strips scripts and event handlers, so there are none.
 */
import { GUIDE_QUERIES, type GuideQuery } from './queries.ts';

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

function slide(title: string, lead: string, body: string): string {
  return `    <slide class="row-fluid">
      <div class="col-sm-3">
        <h3>${escapeHtml(title)}</h3>
        <p class="lead">${lead}</p>
      </div>
      <div class="col-sm-9">
${body}
      </div>
    </slide>
`;
}

function runnable(code: string, mode: 'cypher' | 'none' = 'cypher'): string {
  return `        <figure>
          <pre mode="${mode}" class="pre-scrollable code runnable">${escapeHtml(code)}</pre>
        </figure>`;
}

function querySlide(query: GuideQuery, index: number): string {
  return slide(
    `${index + 1}. ${query.title}`,
    escapeHtml(query.question),
    `${runnable(query.cypher)}\n        <p>Click the block to put it into the editor, then run it.</p>`,
  );
}

/** `origin` is where the API is reached from Browser's point of view, e.g. http://localhost:4000. */
export function renderGuide(origin: string): string {
  const base = escapeHtml(origin);
  const intro = slide(
    'Hessen digital government',
    'Who runs which part of Hessian digital government, according to two public documents: every ' +
      'relationship is backed by verbatim quotes.',
    `        <p>Entities carry <code>:Entity</code> and one type label (<code>:Person</code>, <code>:Party</code>,
        <code>:Ministry</code>, <code>:Agency</code>, <code>:Platform</code>, <code>:Service</code>, …) and a
        <code>name</code>. Quotes are <code>:Evidence</code> nodes linked by <code>relKey</code> to the
        relationship they support; <code>:Section</code> and <code>:Document</code> say where a passage stands,
        <code>page</code> on which page of the document, <code>citedPage</code> which page of another work it
        cites („(S.116)“).</p>
        <p>First load the colours and captions (or drag <code>neo4j/hessen-kg.grass</code> onto this window):</p>
${runnable(`:style ${origin}/guide/hessen-kg.grass`, 'none')}
        <p>Browser also draws every relationship between the nodes a query returns, including weak
        <code>CO_OCCURS_WITH</code> links (named in the same sentence, claiming nothing). To see only what a
        query asks for, switch off <em>Connect result nodes</em> in Browser's settings (gear icon, bottom left).</p>
        <p>Then page through ${GUIDE_QUERIES.length} questions with the arrows.</p>`,
  );
  const outro = slide(
    'Take it further',
    'The same graph as files for Gephi, pandas, R or a linked-data store, and as an API.',
    `        <ul>
          <li><a href="${base}/api/export/graph.graphml" target="_blank">graph.graphml</a> (Gephi, yEd)</li>
          <li><a href="${base}/api/export/nodes.csv" target="_blank">nodes.csv</a>,
              <a href="${base}/api/export/edges.csv" target="_blank">edges.csv</a>,
              <a href="${base}/api/export/evidence.csv" target="_blank">evidence.csv</a> (pandas, R)</li>
          <li><a href="${base}/api/export/graph.jsonld" target="_blank">graph.jsonld</a> (schema.org + PROV-O)</li>
          <li><a href="${base}/graphiql" target="_blank">GraphiQL</a> and the REST docs at
              <a href="${base}/docs" target="_blank">/docs</a></li>
        </ul>`,
  );
  return `<article class="guide">
  <carousel class="deck container-fluid">
${intro}${GUIDE_QUERIES.map(querySlide).join('')}${outro}  </carousel>
</article>
`;
}
