// The card record: what every later stage (decks, quiz, srs, store, ui) works on.
// Its JSON form is the `cards --json` output described in DESIGN.md.

export type CardKind = 'concept' | 'command' | 'flag' | 'instruction' | 'term' | 'cloze' | 'qa';

/** Where a card came from: the markdown file and the 1-based line of its first token. */
export interface SourceRef {
  file: string;
  line: number;
}

/** A described example: "Run example/echo in the background…" → the command that does it. */
export interface Task {
  prompt: string;
  command: string;
}

export interface KeyTerm {
  term: string;
  sentence: string;
}

export interface Card {
  id: string;
  deck: string;
  kind: CardKind;
  /** The question side, markdown. */
  front: string;
  /** The answer side, markdown. */
  back: string;
  /** The first sentence-like paragraph of the back, as plain text: what quizzes ask about. */
  summary: string;
  lang: string;
  tags: string[];
  source: SourceRef;
  /** Full docker command path, e.g. `docker container run` (command and flag cards). */
  command?: string;
  /** Long form of the flag(s), e.g. `--publish`; clustered flags are space-joined (`--interactive --tty`). */
  flag?: string;
  /** Short form as the note wrote it, e.g. `-p` or `-it`. */
  short?: string;
  /** The key term (instruction name, bold term, flag as written). */
  term?: string;
  /** Whole command lines or Dockerfile lines. */
  examples?: string[];
  /** Emphasized or code terms of the back with the sentence they stand in: the material for cloze. */
  keyTerms?: KeyTerm[];
  /** Examples that came with a description: the material for typed questions. */
  tasks?: Task[];
}

/** A problem found in a note. Notes never throw: they report. */
export interface Diagnostic {
  file: string;
  line: number;
  message: string;
}

export interface DeckInfo {
  id: string;
  title: string;
  lang: string;
  /** `builtin` for content/, else the notes path it came from. */
  origin: string;
}

export interface ParsedNote {
  deck: DeckInfo;
  cards: Card[];
  diagnostics: Diagnostic[];
}
