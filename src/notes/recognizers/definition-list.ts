// Definition lists, as Pandoc and PHP Markdown Extra write them (and marked reads as paragraphs):
//   FROM
//   : Sets the base image and starts a new build stage …
//     (the definition may run on over indented lines)
// A card per term: an instruction's card for a Dockerfile instruction, a term card for anything else.
import { isInstruction } from '../bullets.js';
import type { Block } from '../document.js';
import { plainOf, tidyMarkdown } from '../markdown.js';
import type { BlockRecognizer } from './recognizer.js';

/** The term's line: a few words, no sentence (no colon, no full stop at its end), no list marker. */
const TERM_LINE = /^\s{0,3}([^\s:：>#|*+-][^\n:：]{0,39}?)\s*$/;
/** A definition's first line: a colon, a space, then its text. */
const DEFINITION_LINE = /^\s{0,3}[:：]\s+(\S.*)$/;

/** The term a paragraph defines and its definition (lines joined), or undefined. */
export function definitionOf(block: Block): { term: string; definition: string } | undefined {
  if (block.token.type !== 'paragraph') return undefined;
  const [first = '', second = '', ...rest] = block.token.raw.trimEnd().split('\n');
  const term = TERM_LINE.exec(first)?.[1]?.trim();
  const opened = DEFINITION_LINE.exec(second);
  if (!term || !opened || /[.!?]$/.test(term)) return undefined;
  // `: another definition` lines give the term more; indented lines go on with the one before.
  const parts = [opened[1]!];
  for (const line of rest) {
    const more = DEFINITION_LINE.exec(line);
    if (more) parts.push(more[1]!);
    else parts[parts.length - 1] += ` ${line.trim()}`;
  }
  return { term, definition: parts.map((p) => p.trim()).join('\n\n') };
}

export const definitionList: BlockRecognizer = {
  name: 'definition-list',
  types: ['paragraph'],
  match(section, at, { builder }) {
    const block = section.blocks[at]!;
    const defined = definitionOf(block);
    if (!defined) return undefined;
    const term = plainOf(defined.term);
    const back = tidyMarkdown(defined.definition);
    const origin = { line: block.line, endLine: block.endLine, recognizer: 'definition-list' };
    if (isInstruction(term)) {
      const key = `dockerfile-${term.toLowerCase()}`;
      builder.add(
        { kind: 'instruction', front: `\`${term}\``, back, term },
        { key, scope: 'global', alternatives: [[key, section.title]] },
        origin,
      );
    } else {
      builder.add(
        { kind: 'term', front: `**${term}**`, back, term },
        { key: term, scope: 'deck', alternatives: [[term, section.title]] },
        origin,
      );
    }
    return { end: at + 1, use: 'own', taught: true };
  },
};
