// Collects a note's cards: fills in what every card carries, names them, keeps their ids unique and
// remembers which lines each came from.
//
// Ids. A card's id is made from the note alone, never from what else is loaded:
//  - an id the note gives (`<!-- id: … -->`, front matter `id:`) is used as it is;
//  - otherwise a structural key: the command path (`container-run`), the flag (`container-run-publish`),
//    the instruction (`dockerfile-from`), or the heading / question / term slug, which is always
//    prefixed with the deck (`mynotes-what-is-an-image`);
//  - in a user's note (not content/) every made-up id is prefixed with the note's deck, so a user's
//    `docker run` section is `mynotes-container-run` whether or not the built-in decks are loaded.
// A key used twice in one note takes the next of its alternatives (a more specific key), then `-2`.
import type { Token } from 'marked';
import { keyTermsOf, lex, summaryOf } from './markdown.js';
import { slugify } from './slug.js';
import type { Card, CardSpan, DeckInfo, Diagnostic } from './types.js';

type Fields<C> = C extends Card
  ? Omit<C, 'deck' | 'lang' | 'tags' | 'source' | 'summary' | 'keyTerms' | 'id'>
  : never;
export type CardFields = Fields<Card>;

export interface Naming {
  /** The structural key, in parts each made a slug: `container-run`, `['Ports', 'Why publish?']`. */
  key: string | string[];
  /** `global`: command, flag and instruction keys (bare in built-in decks); `deck`: always deck-prefixed. */
  scope: 'global' | 'deck';
  /** More specific keys to try, in order, when `key` is taken in this note. */
  alternatives?: (string | string[])[];
  /** An id the note gave: used as it is; taken twice, it is reported. */
  explicit?: string;
  /** The key an earlier parser used, when it differs (the store moves that card's history over). */
  legacyKey?: string | string[];
  /**
   * A card the note gives no words of its own for (a bare `docker start web`, on docker's summary):
   * a later card of the same key, with the note's text, takes its id and replaces it.
   */
  stopgap?: true;
}

export interface Origin {
  line: number;
  endLine: number;
  recognizer: string;
}

export class CardBuilder {
  readonly cards: Card[] = [];
  readonly spans: CardSpan[] = [];
  private readonly seen = new Map<string, number>();
  private readonly stopgaps = new Set<string>();

  constructor(
    private readonly deck: DeckInfo,
    private readonly file: string,
    private readonly tags: string[],
    private readonly diagnostics: Diagnostic[],
    /** A user's note: made-up ids get the deck as namespace. */
    readonly user: boolean,
  ) {}

  diagnose(line: number, message: string, severity: 'error' | 'warning' = 'warning') {
    this.diagnostics.push({ file: this.file, line, message, severity });
  }

  get deckId() {
    return this.deck.id;
  }

  get lang() {
    return this.deck.lang;
  }

  /** The id a structural key stands for in this note. */
  idOf(key: string | string[], scope: Naming['scope']): string {
    return this.idOfSlug(keyOfParts(key), scope);
  }

  private idOfSlug(slug: string, scope: Naming['scope']): string {
    if (scope === 'global' && !this.user) return slug || 'section';
    return `${this.deck.id}-${slug || 'section'}`;
  }

  /**
   * Adds a card and returns its id. `text` says what its summary and key terms come from: the
   * tokens the back was made of (no need to lex it again), or the part of the back that has text
   * (a flag's description, not the examples fenced after it); by default the whole back.
   */
  add(fields: CardFields, naming: Naming, origin: Origin, text?: Token[] | string): string {
    // The key's slug, made once: the id and the legacy id are both made of it.
    const slug = keyOfParts(naming.key);
    const id = this.uniqueId(naming, slug, origin.line);
    this.seen.set(id, origin.line);
    if (naming.stopgap) this.stopgaps.add(id);
    // Object.assign, not spreads: spreading these varied shapes cost 40% of a 10,000-card parse.
    const card: Card = Object.assign(
      {} as Card,
      fields,
      { id },
      typeof text === 'string' ? textFields(text) : textFields(fields.back, text),
      {
        deck: this.deck.id,
        lang: this.deck.lang,
        tags: [...this.tags],
        source: { file: this.file, line: origin.line },
      },
    );
    this.cards.push(card);
    const legacy = this.legacyIdOf(naming, slug);
    const span: CardSpan = { id, line: origin.line, endLine: origin.endLine, recognizer: origin.recognizer };
    if (legacy && legacy !== id) span.legacyId = legacy;
    this.spans.push(span);
    return id;
  }

  /** What the parser before namespaced ids called this card in a user's note. */
  private legacyIdOf(naming: Naming, slug: string): string | undefined {
    if (!this.user || naming.explicit) return undefined;
    if (naming.legacyKey) return this.idOf(naming.legacyKey, 'deck');
    return naming.scope === 'global' ? slug : undefined;
  }

  private uniqueId(naming: Naming, slug: string, line: number): string {
    if (naming.explicit) {
      if (!this.seen.has(naming.explicit)) return naming.explicit;
      const id = this.numbered(naming.explicit);
      this.diagnose(
        line,
        `card id '${naming.explicit}' is used already (line ${this.seen.get(naming.explicit)}); this one is '${id}'`,
      );
      return id;
    }
    const first = this.idOfSlug(slug, naming.scope);
    if (!this.seen.has(first)) return first;
    if (!naming.stopgap && this.stopgaps.has(first)) {
      this.remove(first);
      return first;
    }
    for (const alt of naming.alternatives ?? []) {
      const altSlug = keyOfParts(alt);
      if (!altSlug) continue;
      const id = this.idOfSlug(altSlug, naming.scope);
      if (!this.seen.has(id)) return id;
    }
    return this.numbered(first);
  }

  /** Takes a stopgap card out: the card that replaces it has its id. */
  private remove(id: string): void {
    this.stopgaps.delete(id);
    this.cards.splice(
      this.cards.findIndex((c) => c.id === id),
      1,
    );
    this.spans.splice(
      this.spans.findIndex((s) => s.id === id),
      1,
    );
  }

  /** Gives a card another back (its text, now partly on cards of its own), or takes it out when it has none. */
  rebuild(id: string, back: string | undefined): void {
    const at = this.cards.findIndex((c) => c.id === id);
    if (at === -1) return;
    if (back === undefined) {
      this.cards.splice(at, 1);
      this.spans.splice(
        this.spans.findIndex((s) => s.id === id),
        1,
      );
    } else this.cards[at] = withBack(this.cards[at]!, back);
  }

  /** Whether the card with this id is a stopgap (docker's words, not the note's). */
  isStopgap(id: string): boolean {
    return this.stopgaps.has(id);
  }

  // The next number to try per base id: 16,000 identical keys take linear, not quadratic, time.
  private readonly nextNumber = new Map<string, number>();

  private numbered(id: string): string {
    let n = this.nextNumber.get(id) ?? 2;
    while (this.seen.has(`${id}-${n}`)) n++;
    this.nextNumber.set(id, n + 1);
    return `${id}-${n}`;
  }
}

/** A card with another back (an answer found later), its summary and key terms made again. */
export function withBack(card: Card, back: string): Card {
  const { keyTerms: _old, ...rest } = card;
  return { ...rest, back, ...textFields(back) } as Card;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A key from a few parts of text: `['container-run', 'Names']` → `container-run-names`. */
export function keyOf(...parts: (string | undefined)[]): string {
  return keyOfParts(parts);
}

/** keyOf of a key given as one part or several: a loop (this runs for every card). */
function keyOfParts(parts: string | readonly (string | undefined)[]): string {
  if (typeof parts === 'string') return SLUG.test(parts) ? parts : slugify(parts);
  let key = '';
  for (const part of parts) {
    if (!part) continue;
    // A part that is a slug already (a command path: `container-run`) needs no slugging.
    const slug = SLUG.test(part) ? part : slugify(part);
    if (slug) key = key ? `${key}-${slug}` : slug;
  }
  return key;
}

// Text in which markdown could mean something: without any of these, a back is its own summary.
const MARKUP = /[`*_[\]<>#|&\\!~=\n]|^\s*(?:\d+[.)]|[-+*])\s/;

/** What quizzes ask about, from the back's tokens: its summary and its key terms. */
function textFields(back: string, given?: Token[]): Pick<Card, 'summary' | 'keyTerms'> {
  if (!given && !MARKUP.test(back)) return { summary: back.replace(/\s+/g, ' ').trim() };
  const tokens = given ?? lex(back);
  const keyTerms = keyTermsOf(tokens);
  const fields: Pick<Card, 'summary' | 'keyTerms'> = { summary: summaryOf(tokens) };
  if (keyTerms.length > 0) fields.keyTerms = keyTerms;
  return fields;
}
