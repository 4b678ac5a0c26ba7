// Cards written for the Obsidian_to_Anki plugin, between START and END lines:
//   START            START
//   Basic            Basic
//   Front text       Front: …
//   Back: back text  Back: …
//   END              Tags: docker
//                    END
// The line after START names the note type; unlabelled lines before `Back:` are the front. A type
// "… reversed …" gives a card each way. Blank lines inside make several paragraphs: read up to END.
import { plainOf, tidyMarkdown } from '../markdown.js';
import { questionKey } from '../questions.js';
import type { BlockRecognizer } from './recognizer.js';

const FIELD = /^(front|back|text|extra|tags)\s*:\s?(.*)$/i;
/** Blocks an unclosed START may span before it is taken for text. */
const MOST_BLOCKS = 12;

export const ankiBlocks: BlockRecognizer = {
  name: 'anki-blocks',
  types: ['paragraph'],
  match(section, at, { builder }) {
    const blocks = section.blocks;
    const first = blocks[at]!;
    if (first.token.raw.split('\n', 1)[0]!.trim() !== 'START') return undefined;
    let end = -1;
    for (let i = at; i < Math.min(blocks.length, at + MOST_BLOCKS); i++) {
      const raw = blocks[i]!.token.raw.replace(/\n+$/, '');
      if (raw.slice(raw.lastIndexOf('\n') + 1).trim() === 'END') {
        end = i;
        break;
      }
    }
    if (end === -1) return undefined;
    const lines = blocks
      .slice(at, end + 1)
      .map((b) => b.token.raw.replace(/\n+$/, ''))
      .join('\n')
      .split('\n')
      .slice(1, -1);
    const type = (lines.shift() ?? '').trim();
    const fields: Record<string, string[]> = { front: [] };
    let field = 'front';
    for (const line of lines) {
      const label = FIELD.exec(line.trim());
      if (label) {
        field = label[1]!.toLowerCase();
        fields[field] = [label[2]!];
      } else fields[field]!.push(line);
    }
    const text = (name: string) => tidyMarkdown((fields[name] ?? []).join('\n').trim());
    const front = text('front') || text('text');
    const back = [text('back'), text('extra')].filter(Boolean).join('\n\n');
    const origin = { line: first.line, endLine: blocks[end]!.endLine, recognizer: 'anki-blocks' };
    if (front === '' || back === '') {
      builder.diagnose(first.line, `this START … END card has no ${front === '' ? 'front' : 'back'}`);
      return { end: end + 1, use: { skip: 'a card with an empty side' } };
    }
    builder.add({ kind: 'qa', front, back }, { key: questionKey(plainOf(front)), scope: 'deck' }, origin);
    if (/revers/i.test(type)) {
      builder.add(
        { kind: 'qa', front: back, back: front },
        { key: [plainOf(back), 'reversed'], scope: 'deck' },
        origin,
      );
    }
    return { end: end + 1, use: 'own' };
  },
};
