import type { Card } from '../notes/types.js';
import type { Phrases } from './phrases.js';

// What a question is about, as the prompt shows it: the card's command (and flag), instruction,
// term, or heading. A question without it ("_____ is the short form.") cannot be answered.

const plain = (markdown: string) => markdown.replace(/[`*_]/g, '').trim();

/** The subject, from the most specific to the least (a flag card can fall back to its command). */
export function subjectsOf(card: Card, say: Phrases): string[] {
  switch (card.kind) {
    case 'flag': {
      // A cluster (-it) is shown as written; a single flag with both its forms.
      const cluster = (card.flag ?? '').includes(' ');
      const flag = cluster ? card.short : card.short ? `${card.short}, ${card.flag}` : card.flag;
      return [`\`${card.command} ${flag}\``, `\`${card.command}\``];
    }
    case 'command':
      return [`\`${card.command}\``];
    case 'instruction':
    case 'term':
      return [`\`${card.term}\``];
    case 'cloze': {
      // `Layers › Layers are … [...]: …`, a fact of a section: the section is what it is about; the
      // sentence with its blank is the question itself, and would give a choice's answer away.
      const at = card.front.indexOf(' › ');
      return [
        say.topic(plain(at > 0 && card.front.includes('[...]') ? card.front.slice(0, at) : card.front)),
      ];
    }
    default:
      return [say.topic(plain(card.front))];
  }
}
