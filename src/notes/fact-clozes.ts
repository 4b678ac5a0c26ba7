// The facts of a section after its first: the bullets of `## Layers`, the remarks under a command's
// explanation. Its card asks what the heading names, so a fact further down is asked by no card:
//   ## ARG
//   **빌드할 때만** 쓰는 변수. …                       (what the heading asks: the section's card)
//   - 비밀번호/토큰 넣지 말기 → `docker history` 에 보일 수 있음
//   - Layers are content-addressed and **shared**: ten images built `FROM node:20` store …
// Each such block with a name set apart in it (bold, or a flag, command or instruction in code) becomes
// a cloze of its own, the name blanked: `ARG › 비밀번호/토큰 넣지 말기 → [...] 에 보일 수 있음`. The
// section's card keeps the text. Read last, so that no card another shape made changes its id.
import type { Token, Tokens } from 'marked';
import { isInstruction } from './bullets.js';
import { HAS_VOCABULARY_WORD, VOCABULARY, VOCABULARY_WORD } from './docker-words.js';
import { type Block, isGrabBagTitle, isLabelWord, type Section, speaksOfTheNote } from './document.js';
import { blankCode, countLines, plainOf, plainText } from './markdown.js';
import { type ProseBlock, TO_DO_SENTENCE } from './prose-flags.js';
import { SOURCE_LABEL } from './recognizers/noise.js';
import { isContent, type NoteContext, rawOf, tokensOf } from './recognizers/recognizer.js';
import { sentencesOf } from './sentences.js';
import type { SkippedSpan } from './types.js';

/** Bold that stresses a word rather than naming a thing: `**not**`, `**never**`, `**꼭**`. */
const STRESS =
  /^(?:not|never|no|none|only|always|all|any|and|or|must|don'?t|do not|cannot|can'?t|won'?t|very|really|both|also|even|still|before|after|first|last|안|못|꼭|반드시|절대|절대로|항상|모두|전부|주의|중요|안\s*됨|없음|필수)$/i;
/**
 * Inline code a blank can stand for: a flag, a docker command, an instruction. Other code in running
 * text (`pwd`, `my-net`, `v1.0.0`) is mostly an example's name, which no one should have to recall.
 */
const NAME_CODE = /^(?:--?[A-Za-z][\w-]*|docker(?: [a-z][\w-]*){1,3}(?: --?[a-z][\w-]*)?)$/;
/**
 * Code that names something Docker has, not an example's own: a path (`/var/lib/docker/volumes`,
 * `~/.docker/config.json`), a file of a known kind (`daemon.json`, `.env`), a variable (`DOCKER_HOST`),
 * an address (`0.0.0.0`, `127.0.0.11`), a compose key (`env_file:`).
 */
const KNOWN_CODE =
  /^(?:~?\/[\w.<>{}-]+(?:\/[\w.<>{}*-]+)+\/?|[\w-]+\.(?:json|ya?ml|sock|toml|conf|pem|crt)|\.(?:env|dockerignore|gitignore)|[A-Z][A-Z0-9]*_[A-Z0-9_]+|(?:\d{1,3}\.){3}\d{1,3}|[a-z][a-z_]*[a-z]:)$/;
/**
 * Text about an example beside it (`the following`, `in this Dockerfile example`, `line 3`, `아래 예`):
 * no fact without the example. And footnotes (`[^1]: …`).
 */
const ABOUT_EXAMPLE =
  /\b(?:the\s+following|above|below|(?:this|the|that)\s+(?:\w+\s+)?example|in\s+this\s+case|for\s+example|e\.g\.|line\s+\d)|(?:아래|위의?|다음)\s*(?:예|예시|예제|코드|명령)|^\[\^/i;
/** Between two names of one list, which the blank could take either of: `` `COPY` / `ADD` ``, `-v, --rm`, `A와 B`. */
const BETWEEN_NAMES = /^\s*(?:,|\/|,?\s*and|,?\s*or|및|와|과|이나|나|·)\s*$/;
/** Letters a fact has at least, and at most: a few words, and what fits on a card's front. */
const MIN_LETTERS = 15;
const MAX_CHARS = 400;
/** Words besides the blank: `**76 questions** with comprehensive theory` is a count, not a fact. */
const MIN_WORDS = 4;
export const BLANK = '[...]';
/** `Together they are …`, `It also …`, `이건 …`: a sentence that says what it is about only with the one before. */
export const LEANS_ON_BEFORE =
  /^(?:(?:together|so|also|and|but)\s+)?(?:they|them|these|those|this|that|it|its|both)\b|^(?:이거|그거|이것|그것|이건|그건|그래서|그러면|이를|그를|이런|그런|이러한|그러한|이렇게|그렇게|이와|따라서)(?=\s|[은는이가을를])/i;

/**
 * Where the section's own card leaves off: its first paragraph is what its heading asks, so only its
 * sentences are facts (when it has several); so are those of a section of one block. Every later
 * block is a fact, or its sentences are.
 */
function factBlocks(section: Section): Map<Block, 'whole' | 'sentences'> {
  const content = section.blocks.filter(
    (b) => isContent(b) && b.token.type !== 'code' && b.token.type !== 'table' && b.token.type !== 'html',
  );
  const facts = new Map(
    content.map((b) => [b, content.length >= 2 || section.held ? 'whole' : 'sentences'] as const),
  );
  const first = content[0];
  // (Text another card holds, an incident's lesson, is no answer to its heading: each block is a fact.)
  if (first?.token.type === 'paragraph' && !section.held) facts.set(first, 'sentences');
  return facts;
}

/** A name in a block's own line that a blank can stand for, with the markdown it is written as. */
interface Named {
  term: string;
  raw: string;
}

/** The inline tokens of a paragraph or a list item's first line; none for an item with a list inside. */
export function inlineOf(block: Block): Token[] | undefined {
  const { token } = block;
  if (token.type === 'paragraph') return (token as Tokens.Paragraph).tokens;
  if (token.type !== 'list_item') return undefined;
  const parts = (token as Tokens.ListItem).tokens;
  if (parts.length !== 1 || (parts[0]!.type !== 'text' && parts[0]!.type !== 'paragraph')) return undefined;
  return (parts[0] as Tokens.Text).tokens;
}

/** The names set apart in some inline tokens, bold first, then code: the first is blanked. */
function namesOf(inline: Token[], text: string, anyCode: boolean): Named[] {
  const bold: Named[] = [];
  const code: Named[] = [];
  // (Docker's words after the names set apart for a blank: a block's first name keeps its blank.)
  const words: Named[] = [];
  // (Paths, files, variables and keys after the names read before them: a blank those give stays.)
  const knownCode: Named[] = [];
  const loose: Named[] = [];
  for (const [i, t] of inline.entries()) {
    const term = (
      t.type === 'codespan' ? (t as Tokens.Codespan).text : plainText((t as Tokens.Strong).tokens)
    ).trim();
    if (t.type === 'strong') {
      if (!namesBold(term)) continue;
    } else if (t.type !== 'codespan' || term.length > 30) continue;
    const docker = t.type === 'codespan' && VOCABULARY.has(term.toLowerCase());
    // (In a grab-bag of gotchas, code is what the item is about: `0.0.0.0`, `port is already allocated`;
    // after the names read anywhere, so that a blank they give stays where it was.)
    const nameLike = docker || NAME_CODE.test(term) || isInstruction(term);
    const known = t.type === 'codespan' && !nameLike && KNOWN_CODE.test(term);
    if (t.type === 'codespan' && !nameLike && !known && !anyCode) continue;
    // One of a list of names: any other of them would fit the blank too.
    const beside = [inline[i - 2], inline[i + 2]];
    const between = [inline[i - 1], inline[i + 1]];
    if (beside.some((b, k) => b?.type === t.type && BETWEEN_NAMES.test(between[k]?.raw ?? ''))) continue;
    // Once in the text, so the blank is the only place it goes.
    if (text.toLowerCase().split(term.toLowerCase()).length !== 2) continue;
    (t.type === 'strong' ? bold : docker ? words : nameLike ? code : known ? knownCode : loose).push({
      term,
      raw: t.raw,
    });
  }
  // `namespace 가 "무엇을 볼 수 있는지"를 나눈다`: an English word a Korean sentence opens with, as its subject.
  const first = inline[0];
  const subject = first?.type === 'text' ? KOREAN_SUBJECT.exec(first.raw)?.[1] : undefined;
  const named =
    subject && text.toLowerCase().split(subject.toLowerCase()).length === 2 && !STRESS.test(subject);
  // `the storage driver (usually overlay2) stacks the layers`: a word of Docker's own, written plainly.
  for (const t of inline) {
    if (t.type !== 'text') continue;
    for (const m of t.raw.matchAll(VOCABULARY_WORD)) {
      const word = m[0];
      if (text.toLowerCase().split(word.toLowerCase()).length === 2) words.push({ term: word, raw: word });
    }
  }
  return [
    ...bold,
    ...code,
    ...(named ? [{ term: subject, raw: subject }] : []),
    ...words,
    ...knownCode,
    ...loose,
  ];
}

/** An English term of a word or two, then a Korean subject particle (`cgroups 가 …`, `overlay2 는 …`). */
const KOREAN_SUBJECT = /^([A-Za-z][\w.+-]*(?: [A-Za-z][\w.+-]*)?) ?(?:가|이|는|은|란|이란)\s/;

function namesBold(term: string): boolean {
  return (
    term.length >= 2 &&
    term.length <= 30 &&
    term.split(/\s+/).length <= 3 &&
    /\p{L}/u.test(term) &&
    !/[:：.!?]$/.test(term) &&
    !STRESS.test(term) &&
    !isLabelWord(term)
  );
}

/**
 * A number worth recalling: a time or count with its unit (`100ms`, `30s`, `10초`, `3번`), or a whole
 * number of three digits or more (`1024`, `128`). Not a size (`1.21GB`, `48MB`): in a note, that is
 * mostly the writer's own image, not Docker's.
 */
const VALUE = /(?<![\w.:/,-])(\d+\s?(?:ms|s|m|h|d|초|분|시간|일|개|번)|\d{3,})(?![\w.:/,-])/gi;
/** A year, which dates a note rather than teaching: `2024`. */
const YEAR = /^(?:19|20)\d\d$/;

/** The arrow between a cause and what it leads to (outside code). */
const ARROW = /\s(?:→|->|=>|⇒)\s/;

/** A list item's marker (`- `, `1. `), which a card's side does not show. */
export const MARKER = /^\s*(?:[-*+]|\d+[.)])\s+/;

/** The text of each block that cards of this pass hold: the block's statements, as written. */
export type HeldText = Map<Block, string[]>;

export function addFactClozes(
  blocks: ProseBlock[],
  { builder }: NoteContext,
  skipped: readonly SkippedSpan[],
  titleSection: Section | undefined,
): HeldText {
  const held: HeldText = new Map();
  const hold = (block: Block, said: string) => {
    const texts = held.get(block);
    if (texts) texts.push(said);
    else held.set(block, [said]);
  };
  // The lines lint reports as skipped, marked once (a note of 16,000 bullets asks for each).
  const skippedLines: boolean[] = [];
  for (const s of skipped) for (let line = s.line; line <= s.endLine; line++) skippedLines[line] = true;
  const factsOf = new Map<Section, Map<Block, 'whole' | 'sentences'>>();
  // The names blanked in each section: a sentence asks none of them again.
  const blanked = new Map<Section, Set<string>>();
  // Where each card made so far ends, by the line it starts on (the closest end): a block that is
  // the whole of some card's lines has a card of its own.
  const ends = new Map<number, number>();
  for (const s of builder.spans) ends.set(s.line, Math.min(ends.get(s.line) ?? s.endLine, s.endLine));
  // The flags with cards of their own: a sentence that says what one does is that card again.
  const flags = new Set<string>();
  for (const card of builder.cards)
    if (card.kind === 'flag')
      for (const f of [card.term, card.short, ...card.flag.split(' ')]) if (f) flags.add(f);
  const read = blocks.flatMap(({ section, block }) => {
    const reading = readFact(section, block);
    return reading ? [reading] : [];
  });
  // Each block whole first, then the sentences of blocks: the cards of whole blocks keep their ids
  // whatever sentences come before them.
  for (const fact of read) {
    if (fact.whole) cloze(fact, fact.shown, fact.whole, fact.block.line, fact.block.endLine, fact.text);
    else if (!carded(fact.block.line, fact.block.endLine)) addOpeningTerm(fact);
  }
  for (const fact of read) {
    if (fact.section === titleSection) continue;
    // A paragraph of several sentences: each other sentence with a name of its own is a fact too.
    // (`;` joins the halves of one.)
    const sentences = sentencesOf(fact.shown, true).reduce<{ said: string; line: number }[]>((all, s) => {
      const last = all.at(-1);
      if (last?.said.endsWith(';')) last.said += ` ${s.text.trim()}`;
      else all.push({ said: s.text.trim(), line: fact.block.line + s.line });
      return all;
    }, []);
    if (sentences.length < 2) continue;
    const done = blanked.get(fact.section);
    for (const { said, line } of sentences) {
      const endLine = line + countLines(said);
      if ((fact.whole && said.includes(fact.whole.raw)) || carded(line, endLine)) continue;
      const plain = plainOf(said);
      const named =
        statesAFact(said, plain) && !LEANS_ON_BEFORE.test(plain) ? eligible(fact, said, plain) : undefined;
      if (named && !done?.has(named.term)) cloze(fact, said, named, line, endLine, plain);
    }
  }

  // What follows the arrow of `X → Y`, in a block no name of which was blanked: the consequence is the
  // fact (`- \`-f\` 를 주면 override 자동 로딩 안 함 → 직접 적어야 됨`).
  const clozed = new Set(builder.spans.filter((sp) => sp.recognizer === 'fact-cloze').map((sp) => sp.line));
  for (const { section, block } of blocks)
    if (readable(section, block) && !addArrowStatement(section, block)) addValueCloze(section, block);
  return held;

  /**
   * Whether a block may give a fact of this last pass: a whole one, in a section that asks nothing,
   * not carded yet, and no step of a procedure, to-do or quote (`1. touch package.json → …`,
   * `- [ ] …`, `> …`).
   */
  function readable(section: Section, block: Block): boolean {
    if (/[?？]\s*$/.test(section.title) || section.title === '' || section === titleSection) return false;
    if (skippedLines[block.line] || clozed.has(block.line) || carded(block.line, block.endLine)) return false;
    if (
      block.token.type === 'blockquote' ||
      block.list?.ordered ||
      /^\s*[-*+]\s+\[[ xX]\]/.test(block.token.raw)
    )
      return false;
    if (rawOf(block).trim().includes('\n')) return false;
    return factsIn(section).get(block) === 'whole';
  }

  /** The cloze of what the arrow of `X → Y` leads to; false when the block is no such statement. */
  function addArrowStatement(section: Section, block: Block): boolean {
    const shown = rawOf(block).replace(MARKER, '').trim();
    const masked = blankCode(shown);
    const arrow = ARROW.exec(masked);
    if (!arrow) return false;
    const cause = shown.slice(0, arrow.index).trim();
    const effect = shown.slice(arrow.index + arrow[0].length).trim();
    // Words outside code: `` `config -q` → … `` names a command, and says nothing of it yet.
    const words = (t: string) =>
      plainOf(t.replace(/`[^`]*`/g, ' '))
        .split(/\s+/)
        .filter((w) => /[\p{L}\p{N}]{2}/u.test(w)).length;
    // (An arrow inside brackets is an aside's: `(의존성 설치 → 소스 복사)`.)
    const before = masked.slice(0, arrow.index);
    const open = (before.match(/\(/g)?.length ?? 0) > (before.match(/\)/g)?.length ?? 0);
    const again = ARROW.test(masked.slice(arrow.index + arrow[0].length));
    if (open || again || words(cause) < 2 || words(effect) < 2 || !statesAFact(shown, plainOf(shown)))
      return false;
    hold(block, shown);
    builder.add(
      { kind: 'cloze', front: `${section.title} › ${cause} → ${BLANK}`, back: shown },
      { key: [section.title, plainOf(cause)], scope: 'deck' },
      { line: block.line, endLine: block.endLine, recognizer: 'fact-cloze' },
      tokensOf([block]),
    );
    return true;
  }

  /**
   * `- non-root users can't bind ports below 1024`, `- the delay starts at 100ms and doubles`: in a
   * block with no name, a number (with its unit, or of three digits or more) is what to recall.
   */
  function addValueCloze(section: Section, block: Block): void {
    const shown = rawOf(block).replace(MARKER, '').trim();
    const masked = blankCode(shown);
    // (Once in the whole text: `ufw 에서 8080 막아놨는데 \`-p 8080:80\`` is the example's number.)
    const value = [...masked.matchAll(VALUE)].find(
      (m) => !YEAR.test(m[1]!) && masked.split(m[1]!).length === 2 && shown.split(m[1]!).length === 2,
    );
    const plain = plainOf(shown);
    if (!value || wordsBeside(plain, value[1]!) < MIN_WORDS || !statesAFact(shown, plain)) return;
    const at = value.index! + value[0].indexOf(value[1]!);
    hold(block, shown);
    builder.add(
      {
        kind: 'cloze',
        front: `${section.title} › ${shown.slice(0, at)}${BLANK}${shown.slice(at + value[1]!.length)}`,
        back: shown,
      },
      { key: [section.title, value[1]!], scope: 'deck' },
      { line: block.line, endLine: block.endLine, recognizer: 'fact-cloze' },
      tokensOf([block]),
    );
  }

  /** The section's blocks a fact may be read from, read once a section. */
  function factsIn(section: Section): Map<Block, 'whole' | 'sentences'> {
    let facts = factsOf.get(section);
    if (!facts) {
      facts = factBlocks(section);
      factsOf.set(section, facts);
    }
    return facts;
  }

  /** A block a fact may be read from, with its names; undefined for any other. */
  function readFact(section: Section, block: Block): Fact | undefined {
    if (/[?？]\s*$/.test(section.title) || section.title === '' || skippedLines[block.line]) return undefined;
    const mode = factsIn(section).get(block);
    // A card of the block's own lines (a term it defines) holds it; one of a line of it (a flag it
    // explains) holds that sentence only.
    if (!mode || (ends.get(block.line) ?? Number.POSITIVE_INFINITY) <= block.endLine) return undefined;
    const inline = inlineOf(block);
    if (
      !inline ||
      (!inline.some((t) => t.type === 'strong' || t.type === 'codespan') &&
        !(inline[0]?.type === 'text' && KOREAN_SUBJECT.test(inline[0].raw)) &&
        !HAS_VOCABULARY_WORD.test(block.token.raw))
    )
      return undefined;
    const shown = rawOf(block).replace(MARKER, '').trim();
    const text = plainText(inline).replace(/\s+/g, ' ').trim();
    const names = namesOf(inline, text, isGrabBagTitle(section.title)).filter(
      ({ term, raw }) => shown.split(raw).length === 2 && !flags.has(term),
    );
    if (names.length === 0) return undefined;
    const fact: Fact = { section, block, mode, inline, shown, text, names };
    // The block as one fact, its first name blanked.
    if (mode === 'whole' && !carded(block.line, block.endLine) && statesAFact(shown, text))
      fact.whole = eligible(fact, shown, text);
    return fact;
  }

  /** The first name of the fact that `said` writes once, that its heading does not give away. */
  function eligible({ section, names }: Fact, said: string, plain: string): Named | undefined {
    return names.find(
      ({ term, raw }) =>
        said.split(raw).length === 2 &&
        !section.title.toLowerCase().includes(term.toLowerCase()) &&
        wordsBeside(plain, term) >= MIN_WORDS,
    );
  }

  function cloze(fact: Fact, said: string, named: Named, line: number, endLine: number, plain: string): void {
    const { section } = fact;
    const done = blanked.get(section) ?? new Set<string>();
    blanked.set(section, done);
    done.add(named.term);
    hold(fact.block, said);
    builder.add(
      { kind: 'cloze', front: `${section.title} › ${said.replace(named.raw, BLANK)}`, back: said },
      { key: [section.title, named.term], scope: 'deck', alternatives: [[section.title, plain]] },
      { line, endLine, recognizer: 'fact-cloze' },
      said === fact.shown ? tokensOf([fact.block]) : undefined,
    );
  }

  /**
   * `- **namespaces** control what a process can see` under `## namespaces and cgroups`: the heading
   * gives the blank away, but the item opens by naming what it is about.
   */
  function addOpeningTerm({ section, block, mode, inline, shown, text, names }: Fact): void {
    const opening = inline[0]?.type === 'strong' ? names.find((n) => n.raw === inline[0]!.raw) : undefined;
    if (
      mode !== 'whole' ||
      block.token.type !== 'list_item' ||
      !opening ||
      !section.title.toLowerCase().includes(opening.term.toLowerCase()) ||
      !statesAFact(shown, text)
    )
      return;
    hold(block, shown);
    builder.add(
      { kind: 'term', front: `**${opening.term}**`, back: shown, term: opening.term },
      { key: opening.term, scope: 'deck', alternatives: [[opening.term, section.title]] },
      { line: block.line, endLine: block.endLine, recognizer: 'fact-cloze' },
      tokensOf([block]),
    );
  }

  /** Whether a card was made from these lines alone already (a term, a flag they explain). */
  function carded(from: number, to: number): boolean {
    for (let line = from; line <= to; line++)
      if ((ends.get(line) ?? Number.POSITIVE_INFINITY) <= to) return true;
    return false;
  }
}

/** A block read for facts: its text as shown and as plain text, its names, and the one blanked whole. */
interface Fact {
  section: Section;
  block: Block;
  mode: 'whole' | 'sentences';
  inline: Token[];
  shown: string;
  text: string;
  names: Named[];
  whole?: Named;
}

/** Words of the text besides the term: a blank needs a sentence around it. */
const wordsBeside = (text: string, term: string) =>
  text
    .replace(term, ' ')
    .split(/\s+/)
    .filter((w) => /\p{L}{2,}/u.test(w)).length;

/** A piece of text a cloze can ask: a few words, on a card's front, that are no lead-in, example, plan or remark on the note. */
export function statesAFact(shown: string, text: string): boolean {
  return !(
    shown.length > MAX_CHARS ||
    text.replace(/[^\p{L}]/gu, '').length < MIN_LETTERS ||
    /[:：]$/.test(text) ||
    ABOUT_EXAMPLE.test(text) ||
    // (`다음 글: 메모리 제한 정리 예정`: what the writer means to do, about the note, not Docker.)
    TO_DO_SENTENCE.test(text) ||
    // (`ref: the docs, and a lot of trial and error`: where the note came from.)
    SOURCE_LABEL.test(text) ||
    speaksOfTheNote(text)
  );
}
