// Terms a paragraph defines by opening with them in bold, or with two things it sets apart:
//   **tmpfs 마운트**: 디스크가 아니라 호스트 메모리에만 저장한다 …
//   **unused 이미지**는 지금 어떤 컨테이너도 쓰지 않는 이미지 전부를 말한다 …
//   **Build cache** — each step's result is kept and reused …
//   COPY vs ADD: basically always COPY …
// The paragraph stays its section's text (its concept or command card keeps it); the term gets a
// card of its own, read last like the flags of running text, so that no earlier card changes its id.
import type { Tokens } from 'marked';
import { leadingCode } from './bullets.js';
import { type Block, isGenericTitle, isLabelWord, type Section } from './document.js';
import { lex, plainText } from './markdown.js';
import { type ProseBlock, TO_DO_SENTENCE } from './prose-flags.js';
import { markdownOf, type NoteContext, tokensOf } from './recognizers/recognizer.js';
import { slugify } from './slug.js';

/** The bold term, then a colon or dash, or a Korean topic particle: what follows defines it. */
const DEFINES =
  /^(?::|：|\s[—–-]\s|(?:은|는|이란|란|이라는 건|이라는 것은|(?:이)?란 ?건)(?=\s))\s*(\S[\s\S]*)$/;
const MAX_TERM_CHARS = 40;
/** Letters the definition has at least: `**Note**: see below` defines nothing. */
const MIN_DEFINITION = 20;

/** `COPY vs ADD:` / `save/load vs export/import --`: two names set apart, a colon or dash, then text. */
const VERSUS =
  /^\s*([^\s:：][^:：\n]{0,40}?\s(?:vs\.?|versus)\s[^:：\n]{1,40}?)(?:\s*[:：]|\s+--?\s|\s+[—–]\s)\s*(\S[\s\S]*)$/i;

/** The term a paragraph opens with (in bold, or `A vs B` before a colon) and the text after it. */
function openingTerm(paragraph: Tokens.Paragraph): { term: string; after: string } | undefined {
  const [first, ...rest] = paragraph.tokens;
  if (first?.type === 'strong' && /^\s*(?:\*\*|__)/.test(paragraph.raw))
    return { term: plainText((first as Tokens.Strong).tokens).trim(), after: plainText(rest) };
  if (!/\sv(?:s|ersus)/i.test(paragraph.raw)) return undefined;
  const versus = VERSUS.exec(plainText(paragraph.tokens));
  return versus ? { term: versus[1]!.trim(), after: `: ${versus[2]}` } : undefined;
}

/** `**ADD** – like COPY …<br>` then `**VOLUME** – …<br>`: a paragraph of lines that each open in bold. */
const BOLD_LINE = /^\s*(?:\*\*|__)[^*_\n]+(?:\*\*|__)\s*\S/;

/** `레지스트리(registry): 이미지를 저장하는 서버.`: a glossary line, a short term then a colon (group 1: the term). */
const GLOSSARY_LINE = /^\s*([^\s:：*_`>#|[(-][^:：\n*_`[\]]{0,29}?)\s*[:：]\s+(\S.{9,})$/u;

/** `## Glossary`, `## 용어 정리`: a section of terms and what each means. */
const GLOSSARY_TITLE =
  /^(?:\d+[.)]\s*)?(?:glossary|terms|terminology|key\s+terms|용어|용어집|용어\s*정리|키워드)$/i;
export const isGlossaryTitle = (title: string) => GLOSSARY_TITLE.test(title.trim());

/** `**태그 (tag)** — 이미지에 붙이는 이름표 …`: a paragraph that opens with a term and defines it. */
export function definesTerm(block: Block): boolean {
  if (block.token.type !== 'paragraph') return false;
  const opened = openingTerm(block.token as Tokens.Paragraph);
  const defined = opened && DEFINES.exec(opened.after);
  return (
    !!defined &&
    opened.term.length <= MAX_TERM_CHARS &&
    !isLabelWord(opened.term) &&
    defined[1]!.replace(/[^\p{L}]/gu, '').length >= MIN_DEFINITION
  );
}

/**
 * The lines of a paragraph that is a glossary, each with its term; else undefined. Two or more lines,
 * each `term: definition`, or `**term** — definition` among them.
 */
export function glossaryLines(
  block: Block,
): { token: Tokens.Paragraph; line: number; endLine: number; term: string }[] | undefined {
  if (block.token.type !== 'paragraph' || !block.token.raw.includes('\n')) return undefined;
  const lines = block.token.raw.trimEnd().split('\n');
  const plain = lines.map((l) => GLOSSARY_LINE.exec(l));
  // (`Rule of thumb: …` labels its line; `Like COPY, plus: …` opens a sentence: neither is a term.)
  const short = (term: string) =>
    term.split(/\s+/).length <= 4 && !/[.?!,，]/.test(term) && !isLabelWord(term);
  if (lines.length < 2 || !plain.every((m, i) => (m ? short(m[1]!) : BOLD_LINE.test(lines[i]!))))
    return undefined;
  // Every line in bold is prose-terms' other shape (`definitions`), unless some plain line is among them.
  if (!plain.some(Boolean)) return undefined;
  const tokens = lines.map((l) => lex(l)[0]);
  if (!tokens.every((t) => t?.type === 'paragraph')) return undefined;
  const terms = tokens.map((t, i) => {
    if (plain[i]) return plain[i]![1]!.trim();
    const opened = openingTerm(t as Tokens.Paragraph);
    return opened && DEFINES.test(opened.after) ? opened.term : undefined;
  });
  if (!terms.every((t) => t !== undefined && t !== '' && short(t))) return undefined;
  return tokens.map((token, i) => ({
    token: token as Tokens.Paragraph,
    line: block.line + i,
    endLine: block.line + i,
    term: terms[i]!,
  }));
}

/** A paragraph's definitions: each of its lines when each opens with a bold term, else the paragraph. */
function definitions(block: Block): { token: Tokens.Paragraph; line: number; endLine: number }[] {
  const paragraph = block.token as Tokens.Paragraph;
  const lines = paragraph.raw.trimEnd().split('\n');
  if (lines.length < 2 || !lines.every((l) => BOLD_LINE.test(l)))
    return [{ token: paragraph, line: block.line, endLine: block.endLine }];
  const tokens = lines.map((l) => lex(l.replace(/\s*<br\s*\/?>\s*$/i, ''))[0]);
  if (!tokens.every((t) => t?.type === 'paragraph'))
    return [{ token: paragraph, line: block.line, endLine: block.endLine }];
  return tokens.map((token, i) => ({
    token: token as Tokens.Paragraph,
    line: block.line + i,
    endLine: block.line + i,
  }));
}

/** The key a paragraph opens with in code, and explains: `` `build: .` means "build the image …" ``. */
const codeLedOf = (block: Block) =>
  block.token.type === 'paragraph' && block.token.raw.startsWith('`')
    ? leadingCode((block.token as Tokens.Paragraph).tokens, block.token.raw)
    : undefined;

export function addProseTerms(blocks: ProseBlock[], { builder }: NoteContext): void {
  // Made when a paragraph first opens in bold: most notes have none.
  let carded: Set<string> | undefined;
  // Paragraphs that each open with the key they explain, two or more in a section (a walkthrough
  // of a compose file, say): each a term card of its key.
  const led = new Map<Section, number>();
  for (const { section, block } of blocks)
    if (codeLedOf(block)) led.set(section, (led.get(section) ?? 0) + 1);
  for (const { section, block: whole } of blocks) {
    if (whole.token.type !== 'paragraph') continue;
    const code = (led.get(section) ?? 0) >= 2 ? codeLedOf(whole) : undefined;
    if (code) addCodeTerm(section, whole, code);
    const glossary = glossaryLines(whole);
    if (glossary) {
      for (const { term, ...line } of glossary)
        if (fresh(term)) addCard(section, { ...whole, ...line }, term);
      continue;
    }
    // `OCI: *Open Container Initiative* — the standards body …` on lines of its own, under `## Glossary`.
    const defined = isGlossaryTitle(section.title)
      ? GLOSSARY_LINE.exec(whole.token.raw.split('\n', 1)[0]!)?.[1]?.trim()
      : undefined;
    if (
      defined &&
      defined.split(/\s+/).length <= 4 &&
      !isLabelWord(defined) &&
      !TO_DO_SENTENCE.test(whole.token.raw)
    ) {
      if (fresh(defined)) addCard(section, whole, defined);
      continue;
    }
    if (!/^\s*(?:\*\*|__)/.test(whole.token.raw) && !/\sv(?:s|ersus)/i.test(whole.token.raw)) continue;
    for (const block of definitions(whole)) addTerm(section, { ...whole, ...block });
  }

  /** Whether no card of the note is about `term` yet; then it is, from now on. */
  function fresh(term: string): boolean {
    const key = slugify(term);
    carded ??= new Set(builder.cards.map((c) => slugify('term' in c && c.term ? c.term : c.front)));
    if (carded.has(key)) return false;
    carded.add(key);
    return true;
  }

  function addCodeTerm(section: Section, block: Block, term: string) {
    // (By the code as written: `build: .` is no `--build`, though their slugs are one.)
    if (builder.cards.some((c) => 'term' in c && c.term === term)) return;
    builder.add(
      { kind: 'term', front: `\`${term}\``, back: markdownOf([block]), term },
      { key: term, scope: 'deck', alternatives: [[term, section.title]] },
      { line: block.line, endLine: block.endLine, recognizer: 'prose-terms' },
      tokensOf([block]),
    );
  }

  function addTerm(section: Section, block: Block & { token: Tokens.Paragraph }) {
    const opened = openingTerm(block.token);
    if (!opened) return;
    let { term, after } = opened;
    // `**What it is:** a context is …`: the colon inside the bold parts the term from its text,
    // unless the bold is a label over the text (`**Note to self:**`, `**정리:**`).
    // `**앱이 127.0.0.1에서 listen**` alone on its line, its text on the lines below: a title, too.
    // `**Bridge networking.** On a single host …`: a full stop inside the bold parts them as well.
    if (/[:：]$/.test(term) || /^[ \t]*\n/.test(after) || (/[^.]\.$/.test(term) && /^\s+\S/.test(after))) {
      term = term.replace(/[:：.]$/, '').trim();
      after = `: ${after.trimStart()}`;
    }
    // (`**18.** True or false: …`: a number in bold numbers a question, it names nothing.)
    // (`**docker stop / kill / rm**` over lines of those commands: a label of their cards.)
    if (isLabelWord(term) || isGenericTitle(term) || !/\p{L}/u.test(term) || /^docker\s/.test(term)) return;
    const defined = DEFINES.exec(after);
    if (!defined || term.length === 0 || term.length > MAX_TERM_CHARS || /[.?!:：]$/.test(term)) return;
    if (defined[1]!.replace(/[^\p{L}]/gu, '').length < MIN_DEFINITION || !fresh(term)) return;
    addCard(section, block, term);
  }

  function addCard(section: Section, block: Block, term: string) {
    builder.add(
      { kind: 'term', front: `**${term}**`, back: markdownOf([block]), term },
      { key: term, scope: 'deck', alternatives: [[term, section.title]] },
      { line: block.line, endLine: block.endLine, recognizer: 'prose-terms' },
      tokensOf([block]),
    );
  }
}
