// Bullets that name a Dockerfile instruction or a term: - `FROM` : … / - **레이어** : …
import type { Tokens } from 'marked';
import { anchorOf } from '../anchors.js';
import { isInstruction, readTermBullet } from '../bullets.js';
import { plainOf } from '../markdown.js';
import { isPlaceholder } from './noise.js';
import { anchorBefore, type BlockRecognizer } from './recognizer.js';

export const termBullets: BlockRecognizer = {
  name: 'term-bullets',
  types: ['list_item'],
  match(section, at, { builder }) {
    const block = section.blocks[at]!;
    if (block.token.type !== 'list_item') return undefined;
    const bullet = readTermBullet(block.token as Tokens.ListItem);
    if (!bullet || (!bullet.marked && bullet.description === '')) return undefined;
    const back = [bullet.description, bullet.rest].filter(Boolean).join('\n\n');
    const anchor = bullet.anchor ?? anchorBefore(section, at, (b) => anchorOf(b.token));
    const origin = { line: block.line, endLine: block.endLine, recognizer: 'term-bullets' };
    // ``- `ONBUILD` — hmm. TODO``: what it does is still to be written.
    if (bullet.description !== '' && isPlaceholder(plainOf(back))) {
      builder.diagnose(block.line, `'${bullet.term}' has no explanation yet (a placeholder); no card`);
      return { end: at + 1, use: { skip: 'a placeholder' } };
    }
    // A bare ``- `ADD` `` says nothing about it: no card with an empty back.
    if (isInstruction(bullet.term) && back !== '') {
      const examples = bullet.code.flatMap((c) => c.text.split('\n').filter((l) => l.trim() !== ''));
      const key = `dockerfile-${bullet.term.toLowerCase()}`;
      builder.add(
        {
          kind: 'instruction',
          front: `\`${bullet.term}\``,
          back,
          term: bullet.term,
          ...(examples.length > 0 ? { examples } : {}),
        },
        { key, scope: 'global', alternatives: [[key, section.title]], explicit: anchor },
        origin,
      );
      return { end: at + 1, use: 'text', taught: true };
    }
    if (!bullet.marked || bullet.description === '') return undefined;
    builder.add(
      { kind: 'term', front: `**${bullet.term}**`, back, term: bullet.term },
      { key: bullet.term, scope: 'deck', alternatives: [[bullet.term, section.title]], explicit: anchor },
      origin,
    );
    return { end: at + 1, use: 'text', taught: true };
  },
};
