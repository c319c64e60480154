/** `npm run style`: rewrites neo4j/hessen-kg.grass from the palette (a test keeps the two equal). */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderGrass } from '../src/api/palette/grass.ts';
import { PROJECT_ROOT } from '../src/config.ts';

const target = path.join(PROJECT_ROOT, 'neo4j', 'hessen-kg.grass');
writeFileSync(target, renderGrass());
console.log(`wrote ${path.relative(process.cwd(), target)}`);
