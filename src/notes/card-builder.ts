// Collects a note's cards: fills in what every card carries and keeps their ids unique.
import { keyTermsOf, lex, summaryOf } from './markdown.js';
import type { Card, DeckInfo, Diagnostic } from './types.js';

export class CardBuilder {
  readonly cards: Card[] = [];
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly deck: DeckInfo,
    private readonly file: string,
    private readonly tags: string[],
    private readonly diagnostics: Diagnostic[],
  ) {}

  diagnose(line: number, message: string) {
    this.diagnostics.push({ file: this.file, line, message });
  }

  /**
   * Adds a card. An id given by the note (`<!-- id: … -->`) that is taken already is reported; a
   * made-up one moves to the next of `alternatives` (longer, more specific ids) without a word.
   */
  add(
    fields: Omit<Card, 'deck' | 'lang' | 'tags' | 'source' | 'summary' | 'keyTerms'>,
    line: number,
    naming: { explicit?: boolean; alternatives?: string[] } = {},
  ) {
    let id = fields.id;
    if (this.seen.has(id)) {
      const free = naming.explicit
        ? undefined
        : naming.alternatives?.find((alt) => alt && !this.seen.has(alt));
      if (free) id = free;
      else {
        let n = 2;
        while (this.seen.has(`${id}-${n}`)) n++;
        if (naming.explicit) {
          this.diagnose(
            line,
            `card id '${id}' is used already (line ${this.seen.get(id)}); this one is '${id}-${n}'`,
          );
        }
        id = `${id}-${n}`;
      }
    }
    this.seen.set(id, line);
    this.cards.push({
      ...fields,
      id,
      ...textFields(fields.back),
      deck: this.deck.id,
      lang: this.deck.lang,
      tags: [...this.tags],
      source: { file: this.file, line },
    } as Card);
  }

  get deckId() {
    return this.deck.id;
  }
}

/** What quizzes ask about, from the back lexed once: its summary and its key terms. */
function textFields(back: string): Pick<Card, 'summary' | 'keyTerms'> {
  const tokens = lex(back);
  const keyTerms = keyTermsOf(tokens);
  return { summary: summaryOf(tokens), ...(keyTerms.length > 0 ? { keyTerms } : {}) };
}
