// `dockstudy lint` warns about a user card that no quiz can ask soundly (issue 9).

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeTempDirs, run, tempDir } from './helpers.js';

afterAll(removeTempDirs);

const NOTE = [
  '# N',
  '',
  '## Run',
  '',
  '```bash',
  'docker run -d nginx',
  '```',
  '',
  '## Ports',
  '',
  'Use `-p` to publish **ports** of a container to the host machine.',
  '',
  '## Empty words',
  '',
  'see above',
  '',
  '## Q1. What is an image?',
  '',
  'A read-only template that containers start from.',
  '',
].join('\n');

describe('dockstudy lint: cards with no sound question', () => {
  it('warns as file:line with the card and the rules its questions broke; sound cards pass', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'n.md'), NOTE);
    const result = await run(['lint', dir], { cwd: dir });
    expect(result.status).toBe(0);
    // A bare command with nothing said about it, and a section with no term to ask about.
    expect(result.stdout).toContain(
      'n.md:3: warning: card n-container-run gives no sound quiz question (no question can be made from it)\n',
    );
    expect(result.stdout).toContain(
      'n.md:13: warning: card n-empty-words gives no sound quiz question (no question can be made from it)\n',
    );
    // `Use -p to publish …` is that flag's card, of the note's one command, and it can be asked (the
    // section's own card would say the same again: there is none).
    expect(result.stdout).not.toContain('n-ports');
    expect(result.stdout).toContain('  11        flag        n-container-run-publish  [prose-flags]\n');
    expect(result.stdout).not.toContain('card n-container-run-publish gives');
    // A question card takes its wrong options from the built-in decks' explanations.
    expect(result.stdout).not.toContain('card n-what-is-an-image gives');
    expect(result.stdout).toMatch(/4 cards, 0 skipped spans, 0 errors, 2 warnings\n$/);
  });

  it('without the built-in decks a lone question card has no wrong options to offer: a warning', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'n.md'), NOTE);
    const result = await run(['--no-builtin', 'lint', dir], { cwd: dir });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      'n.md:17: warning: card n-what-is-an-image gives no sound quiz question (no question can be made from it)\n',
    );
    expect(result.stdout).toMatch(/4 cards, 0 skipped spans, 0 errors, 3 warnings\n$/);
  });
});
