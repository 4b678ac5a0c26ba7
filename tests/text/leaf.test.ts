import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// src/text is a leaf: every stage may use it, so it may use none of them.
describe('src/text', () => {
  const dir = join(__dirname, '..', '..', 'src', 'text');
  it.each(readdirSync(dir))('%s imports nothing of ours outside src/text', (file) => {
    const source = readFileSync(join(dir, file), 'utf8');
    const imports = [...source.matchAll(/from '([^']+)'/g)].map((m) => m[1]);
    expect(imports.filter((path) => path?.startsWith('..'))).toEqual([]);
  });
});
