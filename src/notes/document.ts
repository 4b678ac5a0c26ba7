// A note as the recognizers see it: marked's tokens, each with its lines, cut into heading sections.
// Containers people write in HTML (`<details>`) or in list items (`- ## heading`) are opened up here,
// once, so that every recognizer reads the same blocks.
import type { Token, Tokens } from 'marked';
import { anchorOf } from './anchors.js';
import { dockerLines } from './code-lines.js';
import { countLines, decodeEntities, lex, locate, plainText } from './markdown.js';
import { withoutCardTags } from './questions.js';

/** One block of a note with the lines it spans (1-based, inclusive). */
export interface Block {
  token: Token;
  line: number;
  endLine: number;
  /** For the items of a list: the list they belong to (items are blocks of their own). */
  list?: Tokens.List;
  /** For `<details>`: its summary and inner blocks. */
  details?: { summary: string; summaryLine: number; blocks: Block[] };
  /** Why the block is noise (null: it is not), once noise.ts has looked: several recognizers ask. */
  noise?: string | null;
  /** A heading written inside a list item (`1. #### FROM`). */
  inList?: true;
  /** Set on a blank block after a list of such headings: what follows is the list's section again. */
  resumes?: true;
}

export interface Section {
  /** Heading text, or '' for what comes before the first heading. */
  title: string;
  depth: number;
  line: number;
  /** Titles of the enclosing headings, outermost first. */
  parents: string[];
  /** An `<!-- id: x -->` anchor right before the heading. */
  anchor?: string;
  blocks: Block[];
  /** The last line of the section's own blocks (before the next heading). */
  endLine: number;
  /** The text after a list of headings: the section above the list goes on (its title, again). */
  continued?: true;
  /** Text another card holds whole already (an incident's lesson): it gives the cards of its shapes, no concept card. */
  held?: true;
}

/** The last line of a block's raw text, its trailing line breaks left out. */
function endOf(raw: string, line: number): number {
  let end = raw.length;
  while (end > 0 && raw.charCodeAt(end - 1) === 10) end--;
  return line + countLines(raw, 0, end);
}

/**
 * Jekyll/Liquid code (`{% highlight bash %}` … `{% endhighlight %}`) becomes a fence of the same
 * language, line for line, so that line numbers stay the file's.
 */
export function liquidToFences(markdown: string): string {
  if (!markdown.includes('{%')) return markdown;
  return markdown
    .replace(/^[ \t]*\{%-?\s*highlight\s+([\w+-]+)[^%]*-?%\}[ \t]*$/gm, '```$1')
    .replace(/^[ \t]*\{%-?\s*endhighlight\s*-?%\}[ \t]*$/gm, '```');
}

const HTML_HEADING = /^\s*<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1>\s*$/i;

/** `<h2>Title</h2>` as a heading: its depth and text. */
function htmlHeading(token: Token): { depth: number; title: string } | undefined {
  if (token.type !== 'html') return undefined;
  const match = HTML_HEADING.exec(token.raw);
  if (!match) return undefined;
  return { depth: Number(match[1]), title: htmlText(match[2]!) };
}

/** Text of a bit of HTML: tags dropped, entities decoded, space collapsed. */
export function htmlText(html: string): string {
  return decodeEntities(html.replace(/<br\s*\/?>/gi, ' ').replace(/<[^>]*>/g, ''))
    .replace(/\s+/g, ' ')
    .trim();
}

const isDetailsOpen = (t: Token) => t.type === 'html' && /<details[\s>]/i.test(t.raw);
const isDetailsClose = (t: Token) => t.type === 'html' && /<\/details>/i.test(t.raw);

/** Entities for punctuation that parts a term from its text: `- \`services:\` &mdash; one entry…`. */
const PUNCTUATION_ENTITIES: Record<string, string> = {
  mdash: '—',
  ndash: '–',
  rarr: '→',
  rArr: '⇒',
  colon: ':',
};
/** A code span or fence (left as written), or one of those entities. */
const PUNCTUATION_ENTITY = /(`+)[\s\S]*?\1|&(mdash|ndash|rarr|rArr|colon);/g;

/**
 * Those entities written as the characters they stand for, outside code: every recognizer then
 * reads `&mdash;` as the dash it is. Other entities are decoded where text is shown.
 */
export function decodePunctuation(markdown: string): string {
  if (!markdown.includes('&')) return markdown;
  return markdown.replace(PUNCTUATION_ENTITY, (all, _code, name?: string) =>
    name ? PUNCTUATION_ENTITIES[name]! : all,
  );
}

/** Lexes a note body and returns its blocks in order; `firstLine` is the body's first line in the file. */
export function readBlocks(body: string, firstLine: number): Block[] {
  // (Line for line: the lines of every token stay the file's.)
  const text = liquidToFences(decodePunctuation(body));
  return flatten(lex(text), text, firstLine);
}

function flatten(tokens: Token[], raw: string, firstLine: number): Block[] {
  const blocks: Block[] = [];
  const located = locate(tokens, raw, firstLine);
  for (let i = 0; i < located.length; i++) {
    const { token, line } = located[i]!;
    if (isDetailsOpen(token)) {
      // `<details>` … `</details>`: marked ends an HTML block at a blank line, so the inner
      // markdown comes as tokens of its own; gather them up to the closing tag.
      let j = i;
      while (j < located.length && !isDetailsClose(located[j]!.token)) j++;
      if (j === located.length) j = i;
      const inner = located.slice(i, j + 1);
      blocks.push(detailsBlock(inner));
      i = j;
      continue;
    }
    if (token.type === 'list') {
      const list = token as Tokens.List;
      let headings = false;
      for (const item of locate(list.items, list.raw, line)) {
        const [first, ...rest] = item.token.tokens;
        // `- ## Heading` inside a list item: a heading all the same.
        if (first?.type === 'heading') {
          headings = true;
          blocks.push({ token: first, line: item.line, endLine: item.line, inList: true });
          const inner = rest.filter((t) => t.type !== 'space');
          if (inner.length > 0) blocks.push(...flatten(inner, item.token.raw, item.line));
          continue;
        }
        blocks.push({ token: item.token, line: item.line, endLine: endOf(item.token.raw, item.line), list });
      }
      // The list's last heading ends with the list: what comes after it is the outer section's.
      if (headings) {
        const after = endOf(list.raw, line) + 1;
        blocks.push({ token: { type: 'space', raw: '' }, line: after, endLine: after, resumes: true });
      }
      continue;
    }
    const parts = token.type === 'paragraph' ? cardLineRuns(token.raw) : undefined;
    if (parts) {
      for (const part of parts) blocks.push(...flatten(lex(part.text), part.text, line + part.line));
      continue;
    }
    blocks.push({ token: promptedCode(token) ?? token, line, endLine: endOf(token.raw, line) });
  }
  return blocks;
}

/** A `Question::Answer` line: `::` outside inline code, text on both sides. */
const CARD_LINE = (line: string) => /\S\s*:{2,3}\s*\S/.test(line.replace(/`[^`]*`/g, ''));

/**
 * A paragraph of prose lines with `Q::A` lines among them (a Zettelkasten note's text, its card, its
 * `Related:` line): each run of lines a paragraph of its own, so that the prose is still a concept.
 */
function cardLineRuns(raw: string): { text: string; line: number }[] | undefined {
  // (Tab-separated rows, an Anki export's, have `::` in their tags: recognizers/tab-rows.ts.)
  if (!raw.includes('::') || raw.includes('\t')) return undefined;
  const lines = raw.replace(/\n+$/, '').split('\n');
  const cards = lines.map(CARD_LINE);
  if (lines.length < 2 || cards.every(Boolean) || !cards.some(Boolean)) return undefined;
  const runs: { text: string; line: number }[] = [];
  for (const [i, line] of lines.entries()) {
    if (i > 0 && cards[i] === cards[i - 1]) runs.at(-1)!.text += `\n${line}`;
    else runs.push({ text: line, line: i });
  }
  return runs;
}

/** A paragraph that opens with a prompted command (`$docker run …`, typed without a fence): code. */
function promptedCode(token: Token): Tokens.Code | undefined {
  if (token.type !== 'paragraph' || !PROMPTED.test(token.raw)) return undefined;
  const text = token.raw.replace(/\n+$/, '');
  return { type: 'code', raw: token.raw, text, codeBlockStyle: 'indented' };
}

const PROMPTED = /^\$\s?docker\s/;

function detailsBlock(inner: { token: Token; line: number }[]): Block {
  const first = inner[0]!;
  const last = inner.at(-1)!;
  const html = inner
    .filter((t) => t.token.type === 'html')
    .map((t) => t.token.raw)
    .join('\n');
  const summaryMatch = /<summary[^>]*>([\s\S]*?)<\/summary>/i.exec(html);
  const summary = summaryMatch ? htmlText(summaryMatch[1]!) : '';
  // Markdown inside the details: the tokens between the opening and closing tags, and any text the
  // opening HTML block holds after its `</summary>` (marked keeps that text in the HTML token).
  const blocks: Block[] = [];
  for (const [index, { token, line }] of inner.entries()) {
    if (token.type === 'space') continue;
    if (token.type === 'html') {
      const text = token.raw
        .replace(/<summary[^>]*>[\s\S]*?<\/summary>/i, '')
        .replace(/<\/?details[^>]*>/gi, '')
        .trim();
      if (text === '' || (index !== 0 && index !== inner.length - 1 && /^<[^>]+>$/.test(text))) continue;
      const lineOfText = line + countLines(token.raw.slice(0, token.raw.indexOf(text.slice(0, 20))));
      blocks.push(...flatten(lex(text), text, lineOfText));
      continue;
    }
    blocks.push(...flatten([token], token.raw, line));
  }
  return {
    token: first.token,
    line: first.line,
    endLine: endOf(last.token.raw, last.line),
    details: {
      summary,
      summaryLine: first.line + countLines(html.slice(0, html.indexOf('<summary'))),
      blocks,
    },
  };
}

const ZETTEL_ID = /^(?:19|20)\d{6,12}\s+(?=\S)/;

/** A heading block's depth and text (markdown or HTML heading), else undefined. */
export function headingOf(block: Block): { depth: number; title: string } | undefined {
  if (block.token.type === 'heading') {
    const heading = block.token as Tokens.Heading;
    // `## 202404011005 Namespaces`: a Zettelkasten note's id is no part of its title.
    const title = withoutCardTags(plainText(heading.tokens).trim()).replace(ZETTEL_ID, '');
    return { depth: heading.depth, title };
  }
  return htmlHeading(block.token);
}

/**
 * Cuts blocks into heading sections. Empty headings start none; they are returned apart, to be
 * reported as skipped.
 */
export function splitSections(blocks: Block[], firstLine: number): { sections: Section[]; empty: Block[] } {
  const sections: Section[] = [];
  const empty: Block[] = [];
  const stack: { depth: number; title: string }[] = [];
  let current: Section = {
    title: '',
    depth: 0,
    line: firstLine,
    parents: [],
    blocks: [],
    endLine: firstLine,
  };
  let pendingAnchor: string | undefined;
  // The section a list of headings interrupts, and its enclosing headings.
  let beforeList: { section: Section; stack: typeof stack } | undefined;
  for (const block of blocks) {
    if (block.resumes) {
      if (beforeList) {
        sections.push(current);
        const { section, stack: outer } = beforeList;
        current = { ...section, line: block.line, blocks: [], endLine: block.line, continued: true };
        delete current.anchor;
        stack.splice(0, stack.length, ...outer);
        beforeList = undefined;
      }
      continue;
    }
    const heading = headingOf(block);
    if (heading) {
      if (!block.inList) beforeList = undefined;
      else if (heading.title !== '') beforeList ??= { section: current, stack: [...stack] };
      if (heading.title === '') {
        empty.push(block);
        continue;
      }
      sections.push(current);
      while (stack.length > 0 && stack[stack.length - 1]!.depth >= heading.depth) stack.pop();
      current = {
        title: heading.title,
        depth: heading.depth,
        line: block.line,
        parents: stack.map((s) => s.title),
        anchor: pendingAnchor,
        blocks: [],
        endLine: block.line,
      };
      stack.push({ depth: heading.depth, title: heading.title });
      pendingAnchor = undefined;
      continue;
    }
    const anchor = anchorOf(block.token);
    // An anchor followed by a heading names the heading's card; otherwise the next block's.
    if (anchor) pendingAnchor = anchor;
    else if (block.token.type !== 'space') pendingAnchor = undefined;
    current.blocks.push(block);
    current.endLine = Math.max(current.endLine, block.endLine);
  }
  sections.push(current);
  const kept = (s: Section) =>
    s.continued ? s.blocks.some((b) => b.token.type !== 'space') : s.blocks.length > 0 || s.title !== '';
  return { sections: sections.filter(kept), empty };
}

/** `### 명령어`, `### Usage`, `### 설명`, `### 정리`: a heading that names a part of its parent's topic, not a topic. */
const GENERIC_TITLE =
  /^(?:명령어?|사용법|사용\s*예시?|예시|예제|문법|형식|코드|실행|(?:실행\s*)?결과|출력|설명|해설|의미|정리|요약|결론|참고|메모|commands?|usage|syntax|examples?|code|results?|output|explanation|description|summary|notes?|takeaways?|key\s+takeaways|conclusions?|recap|wrap-?up|tl;?\s*dr)$/i;
const EXPLANATION_TITLE = /^(?:설명|해설|의미|explanation|description)$/i;

const JOURNAL_PART = /^(?:day|week|session|lesson)\s*\d{1,3}\.?$|^\d{1,3}\s*(?:일차|주차|회차|일째)$/i;

/** Words a grab-bag's heading is made of: `misc handy ones`, `5. Gotchas / random`, `7. 기타`, `헷갈렸던 것 메모`. */
const GRAB_BAG_WORDS = new Set(
  (
    'misc miscellaneous other others bits stuff things random handy ones small gotcha gotchas pitfalls ' +
    'tips tricks and & notes note memo remember odds ends 기타 잡다한 것 메모 포인트 주의할 점 주의사항 ' +
    '헷갈렸던 헷갈린 헷갈리는 삽질 팁 꿀팁'
  ).split(' '),
);

/**
 * A heading over things that have nothing in common but the note (`other bits`, `5. 주의할 점`): its
 * name asks nothing, so its items are cards of their own rather than parts of one card under it.
 */
export function isGrabBagTitle(title: string): boolean {
  // `## Day 3`, `## 2일차`, `## Week 2`: a journal's day holds what that day brought, whatever it was.
  if (JOURNAL_PART.test(title.trim())) return true;
  const words = title
    .replace(/^\s*\d+[.)]\s*/, '')
    .replace(/[^\p{L}\p{N}&\s]/gu, ' ')
    .trim()
    .toLowerCase()
    .split(/\s+/);
  return (
    words[0] !== '' &&
    words.every((w) => GRAB_BAG_WORDS.has(w)) &&
    !words.every((w) => w === 'notes' || w === 'note')
  );
}

export const isGenericTitle = (title: string) => GENERIC_TITLE.test(title.replace(/[:：.]$/, '').trim());

/** Bold words or a callout's title that label the text after them (`**Watch out:**`, `> [!info] Goal`), naming nothing it defines. */
const LABEL_WORD =
  /^(?:note(?:\s+to\s+self)?|notes?|tip|hint|warning|caution|careful|watch\s+out|heads\s+up|important|remember|gotcha|pitfall|legend|범례|example|summary|tl;?\s*dr|todo|update|edit|ps|scope|status|source|sources|ref|last\s+(?:reviewed|updated|edited)|created|date|rules?|goals?|targets?|timer|time\s+limit|topics(?:\s+covered)?|score(?:\s+last\s+time)?|the\s+problem|problem|symptoms?|causes?|root\s+cause|checked|tried|what\s+i\s+tried|fix|solution|why|purpose|motivation|background|why\s+it\s+matters|takeaway|key\s+point|rule\s+of\s+thumb|in\s+short|bottom\s+line|출처|날짜|참고|주의|함정|정리|요약|한\s*줄\s*요약|메모|결론|팁|예시|중요|주의사항|목표|목적|점수|범위|제한\s*시간|이유|배경|규칙|문제|해결|증상|현상|원인|확인한\s*것|시도한\s*것|배운\s*(?:것|점)|포인트|핵심)$/i;

/** Words about the note or post itself (`this page`, `Part 1 has …`, `지난 글에서`, `이번 포스팅`), not about Docker. */
const ABOUT_THE_NOTE =
  /\b(?:this\s+(?:note|page|post|set|cheat\s*sheet)|these\s+notes|my\s+(?:personal\s+)?(?:docker\s+)?(?:cheat\s*sheet|notes)|part\s+\d\s+(?:has|is)|don'?t\s+peek|(?:next|previous|last)\s+post)\b|(?:이번|지난|다음)\s*(?:포스팅|글)|이\s*(?:노트|글|문서|페이지)(?:는|에서는|에는)|정리해\s*(?:보았다|봤다|둔다|두었다|보려고)/i;

export const speaksOfTheNote = (text: string) => ABOUT_THE_NOTE.test(text);

/** (`**EDIT (from the author):**` is the label `EDIT` with an aside.) */
export const isLabelWord = (text: string) =>
  LABEL_WORD.test(
    text
      .replace(/[:：.!]$/, '')
      .replace(/\s*\([^)]*\)\s*$/, '')
      .trim(),
  );

/** `docker …` in some code block of the section, read as code-commands reads it (prompts and all). */
const hasDockerCode = (section: Section) =>
  section.blocks.some(
    (b) => b.token.type === 'code' && dockerLines((b.token as Tokens.Code).text, b.line).lines.length > 0,
  );

/**
 * `### 명령어` (code) then `### 설명` (what it does) under one topic: the explanation is the
 * command's, so its blocks join the command's section rather than make a card called "설명".
 */
export function joinExplanations(sections: Section[]): Section[] {
  const joined: Section[] = [];
  for (const section of sections) {
    const previous = joined.at(-1);
    if (
      previous &&
      EXPLANATION_TITLE.test(section.title.trim()) &&
      previous.depth === section.depth &&
      previous.parents.join('\n') === section.parents.join('\n') &&
      isGenericTitle(previous.title) &&
      hasDockerCode(previous)
    ) {
      previous.blocks.push(...section.blocks);
      previous.endLine = Math.max(previous.endLine, section.endLine);
      continue;
    }
    joined.push(section);
  }
  return joined;
}
