import { describe, expect, it } from 'vitest';
import { readMigrations } from '../../../src/db/migrations.ts';
import { RELATION_TYPES } from '../../../src/graph/model.ts';

describe('the role search index', () => {
  it('covers every relation type, so a role on any relation is found', async () => {
    const statements = (await readMigrations()).flatMap((m) => m.statements);
    // The newest definition counts: a later migration drops and recreates the index.
    const index = statements.filter((s) => s.includes('CREATE FULLTEXT INDEX relation_role')).at(-1);
    const types = /\[r:([A-Z_|]+)\]/.exec(index ?? '')?.[1]?.split('|') ?? [];
    // A new relation type needs a new index (IF NOT EXISTS keeps an old one as it was).
    expect([...types].sort()).toEqual([...RELATION_TYPES].sort());
  });
});
