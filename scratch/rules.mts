import { loadConfig } from '/work/wt/extract/src/config.ts';
import { loadCatalog } from '/work/wt/extract/src/ingest/catalog.ts';
import { ingestText } from '/work/wt/extract/src/ingest/pipeline.ts';
import { RELATION_RULES } from '/work/wt/extract/src/lang/de/relation-rules.ts';
import { createAnnotator } from '/work/wt/extract/src/nlp/annotator.ts';

const config = loadConfig();
const catalog = await loadCatalog(config.seeds.catalogDir);
const annotator = createAnnotator(config);
let ok = 0;
for (const rule of RELATION_RULES) {
  const batch = await ingestText(
    rule.example.sentence,
    { id: 'r', file: 'r.txt', sha256: rule.id },
    catalog,
    { annotator },
  );
  const name = (id: string) => {
    const e = batch.entities.find((x) => x.id === id);
    return e ? [e.name, ...e.aliases].map((n) => n.toLowerCase()) : [id];
  };
  const hit = batch.relations.some(
    (r) =>
      r.type === rule.type &&
      name(r.from).some((n) => n.includes(rule.example.from.toLowerCase())) &&
      name(r.to).some((n) => n.includes(rule.example.to.toLowerCase())),
  );
  if (hit) ok++;
  else
    console.log(
      'FAIL',
      rule.id,
      '|',
      batch.entities.map((e) => e.name).join('; '),
      '|',
      batch.relations
        .filter((r) => r.type !== 'CO_OCCURS_WITH')
        .map((r) => `${r.from} ${r.type} ${r.to}`)
        .join('; '),
    );
}
console.log(ok, '/', RELATION_RULES.length);
