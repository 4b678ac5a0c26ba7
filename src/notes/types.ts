// The card record: what every later stage (decks, quiz, srs, store, ui) works on.
// Its JSON form is the `cards --json` record (README: Your own notes).

/** The languages of content and UI. */
export type Lang = 'ko' | 'en';

export type CardKind = Card['kind'];

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

/** A question's own options and the one its note says is right. */
export interface WrittenChoices {
  /** The question without its options, markdown. */
  stem: string;
  /** The options' texts, in the note's order. */
  options: string[];
  /** How the note marks each option (`B`, `③`, `O`, `T`): a learner may answer with the mark. */
  labels: string[];
  /** The right option's place in `options`. */
  answer: number;
}

/** What every card carries, whatever its kind. */
interface CardBase {
  id: string;
  deck: string;
  /** The question side, markdown. */
  front: string;
  /** The answer side, markdown. */
  back: string;
  /** The first sentence-like paragraph of the back, as plain text: what quizzes ask about. */
  summary: string;
  lang: Lang;
  tags: string[];
  source: SourceRef;
  /** Emphasized or code terms of the back with the sentence they stand in: the material for cloze. */
  keyTerms?: KeyTerm[];
  /** Examples that came with a description: the material for typed questions. */
  tasks?: Task[];
  /** Whole command lines or Dockerfile lines. */
  examples?: string[];
  /** A multiple-choice or O/X question with its options as the note wrote them: asked as written. */
  choices?: WrittenChoices;
  // Fields of other kinds, absent here: they let code read `card.command` on any card.
  command?: undefined;
  flag?: undefined;
  short?: undefined;
  term?: undefined;
}

export interface CommandCard extends Omit<CardBase, 'command'> {
  kind: 'command';
  /** Full docker command path, e.g. `docker container run`. */
  command: string;
  examples: string[];
}

export interface FlagCard extends Omit<CardBase, 'command' | 'flag' | 'short' | 'term'> {
  kind: 'flag';
  command: string;
  /** Long form of the flag(s), e.g. `--publish`; clustered flags are space-joined (`--interactive --tty`). */
  flag: string;
  /** Short form as the note wrote it, e.g. `-p` or `-it`. */
  short?: string;
  /** The flag as written. */
  term: string;
  examples: string[];
}

export interface InstructionCard extends Omit<CardBase, 'term'> {
  kind: 'instruction';
  /** The Dockerfile instruction: `FROM`. */
  term: string;
}

export interface TermCard extends Omit<CardBase, 'term'> {
  kind: 'term';
  /** The bold term (or a flag of no known command) as written. */
  term: string;
}

export interface ConceptCard extends CardBase {
  kind: 'concept';
}

export interface QaCard extends CardBase {
  kind: 'qa';
}

export interface ClozeCard extends CardBase {
  kind: 'cloze';
}

export type Card = CommandCard | FlagCard | InstructionCard | TermCard | ConceptCard | QaCard | ClozeCard;

/** A problem found in a note. Notes never throw: they report. */
export interface Diagnostic {
  file: string;
  line: number;
  message: string;
  /** An error means the note (or part of it) could not be read at all; warnings name silent losses. */
  severity?: 'error' | 'warning';
}

/** Lines of a note that became no card, and why. */
export interface SkippedSpan {
  line: number;
  endLine: number;
  reason: string;
}

/** Which lines a card was made from, and by which recognizer. */
export interface CardSpan {
  id: string;
  line: number;
  endLine: number;
  recognizer: string;
  /** The id an earlier version of the parser gave this card, when it differs. */
  legacyId?: string;
}

/** A multiple-choice question whose answer the note does not give: a key file beside it may. */
export interface OpenQuestion {
  /** The card, complete but for its answer. */
  card: Card;
  /** `Q3` → 3. */
  number: number;
  /** Its options, for the back to show the one the key chooses. */
  options?: OptionText[];
  /** The question without its options, for the quiz to ask it as written once the key answers it. */
  stem?: string;
}

/** One option of a multiple-choice question: `C` and its text (markdown). */
export interface OptionText {
  letter: string;
  text: string;
  /** How the note marks it when not by its letter: `③`. */
  label?: string;
}

/** `**Q3.** ✅ C – .dockerignore`, `3. **c** — …` or a table row of an answer key. */
export interface AnswerKeyEntry {
  number: number;
  /** The chosen option's letter, upper case. */
  letter: string;
  /** The other right options' letters, for a question with several (`A, B`). */
  also?: string[];
  /** What the key says beside the letter, markdown (`.dockerignore`, an explanation), or ''. */
  answer: string;
  /** For a blank (no letter): what the key says of the words that fill it. */
  why?: string;
  line: number;
}

export interface DeckInfo {
  id: string;
  title: string;
  lang: Lang;
  /** `builtin` for content/, else the notes path it came from. */
  origin: string;
}

export interface ParsedNote {
  /** The note's file as shown in `source.file`. */
  file?: string;
  deck: DeckInfo;
  cards: Card[];
  diagnostics: Diagnostic[];
  /** For `dockstudy lint`: where each card came from and what was left out. */
  spans?: CardSpan[];
  skipped?: SkippedSpan[];
  /** Multiple-choice questions waiting for an answer key, and the key entries this note holds. */
  openQuestions?: OpenQuestion[];
  answerKey?: AnswerKeyEntry[];
}
