// Blocks that teach nothing: links alone, images, embeds, a table of contents, template placeholders,
// `ref:` lines, tag lines. They get no card; lint lists them as skipped with the reason.
import type { Token, Tokens } from 'marked';
import type { Block, Section } from '../document.js';
import { plainOf, plainText, WIKI_LINK } from '../markdown.js';
import { asksInCallout } from './callout.js';
import { type BlockRecognizer, isContent } from './recognizer.js';

const PLACEHOLDER =
  /^(?:작성\s*중|작성\s*예정|todo|tbd|tba|wip|coming soon|준비\s*중|추가\s*예정|\.{3}|…|\{\{[^}]*\}\}|<%[\s\S]*%>)\.?$/i;
const REFERENCE_LABEL =
  /^\s*(?:ref|refs|reference|references|source|sources|참고|출처|참조|링크|links?)\s*[:：]/i;
const HAS_WIKI_LINK = new RegExp(WIKI_LINK.source);
/** A label that only ever names sources (unlike `참고:`, which may open a remark). */
export const SOURCE_LABEL = /^\s*(?:ref|refs|source|sources|출처)\s*[:：]/i;
const TO_DO =
  /^(?:todo|tbd|wip|review\s+later|look\s+(?:it\s+|this\s+)?up\s+later|나중에\s*(?:다시\s*)?(?:보기|볼\s*것|확인|찾아\s*보기)|다시\s*볼\s*것)\s*[:：]/i;
/** `TODO 답변 작성 (…)`: the marker in capitals, no colon. */
const TO_DO_WORD = /^(?:\*\*|__)?(?:TODO|TBD|WIP|FIXME)(?:\*\*|__)?(?=\s|$)/;
/** `hmm. TODO`, `??? TBD`: a word or two of doubt, then the marker, and nothing else. */
const TO_DO_LAST = /^[\p{L}?!.…\s]{0,12}(?<![\p{L}])(?:TODO|TBD|FIXME)[.!…]*$/u;
/** `TARGET DECK: …`, `FILE TAGS: …` (Obsidian_to_Anki), `Deck: DevOps::Docker` (an Anki deck's path). */
const ANKI_PLUGIN_LINE = /^(?:TARGET DECK|FILE TAGS)\s*:?\s|^Deck\s*:\s*[^:\s][^:]*::\S/i;
const OPEN_TASK = /^(?:[-*+]|\d+[.)])\s+\[ \]\s/;
const isToDoWords = (text: string) =>
  text.length <= 40 &&
  !/[?？]|(?:는가|인가|했나|있나|나요|ㄴ가)\s*$|\s[—–:-]\s|[:：]\s|[.。]\s+\S/.test(text);
/** A list item's marker and task box: `- [ ] `. */
const TASK_MARK = /^(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s*)?|^\[[ xX]\]\s*/;
/** `## TODO`, `## Homework`, `## Still to figure out`, `## Questions to ask Marco`, `## 내일 할 거`, `## 질문할 것`, `## 다음 주`. */
const TO_DO_TITLE =
  /^(?:\d+[.)]\s*)?(?:todo|next\s+(?:week|time|session|steps)|coming\s+up|다음\s*(?:주|시간|스터디|모임|차시)(?:\s*(?:예고|계획|일정))?|to-do|to do|할 ?일|homework|숙제|과제|(?:still\s+)?to\s+(?:figure\s+out|look\s+(?:up|into)|learn|read|check|try)|things\s+to\s+(?:look\s+up|learn|read|check|try|ask)|open\s+questions|questions\s+to\s+ask\b.*|(?:내일|나중에|다음에)?\s*(?:할|볼|추가할|더\s*볼|다시\s*볼|찾아\s*볼|공부할|질문할|물어볼|알아볼)\s*(?:거|것|내용|목록|일)|(?:to\s+)?(?:look\s+up|read|study)\s+later|later)\s*(?:list|목록)?$/i;
/** `## License`, `## 기여하기`, `## Changelog`: a repository's own boilerplate, not what it teaches. */
const BOILERPLATE_TITLE =
  /^(?:\d+[.)]\s*)?(?:licen[cs]e|라이선스|라이센스|contributing|contributors|how\s+to\s+contribute|기여(?:하기|\s*방법)?|acknowledge?ments?|감사의\s*말|changelog|변경\s*(?:이력|내역))\s*[:：]?$/i;
/** `[TOC]`, `[[_TOC_]]`, `[toc]`, `{:toc}`, `${toc}`: where a renderer puts the table of contents. */
const TOC_MARKER = /^(?:\[\[?_?TOC_?\]\]?|\{:toc\}|\$\{toc\}|\[toc\])$/i;
const TOC_LABEL = /^(?:contents|table of contents|toc|on this page|목차|차례)\s*[:：]?$/i;
/** `Contents: Basics · Dockerfile · Swarm`: the label, then the parts' names on one line. */
const TOC_LINE =
  /^(?:contents|table of contents|toc|on this page|목차|차례)\s*[:：]\s*[^\s·•|,/][^·•|,/]{0,40}(?:\s*[·•|,/]\s*[^·•|,/]{1,40})+$/i;
const MAY_PROMPT = /(?<![a-z])here(?![a-z])|입력|쓰기|작성/i;
/** A label, maybe, then a prompt to fill in: `Type a summary here`, `<write summary here>`, `‹카테고리 입력>`. */
const TEMPLATE_PROMPT =
  /^(?:[\p{L}\p{N} ]{1,20}[:：]\s*)?(?:[_*<‹([]*\s*(?:type|write|add|insert|enter|paste|fill in)\b.{0,60}\bhere\b\s*[.…]*\s*[_*>›)\]]*|[<‹][^<>‹›]{0,30}(?:입력|쓰기|작성)[^<>‹›]{0,6}[>›])$/iu;
const TAG_LINE = /^\s*#[^\s#]\S*(?:\s+#[^\s#]\S*)*\s*$/;
/** `tags: docker logs anki`, `태그: #도커`: a label, then words that are tags, one line. */
const TAGS_START = /^\s*(?:tags?|태그)\s*[:：]/i;
const TAGS_LABEL = /^\s*(?:tags?|태그)\s*[:：]\s*#?[\p{L}\p{N}_/-]+(?:[\s,]+#?[\p{L}\p{N}_/-]+)*\s*$/iu;

const MAY_BE_NOISE = /[:：#[!{<]|https?:|(?<![a-z])here(?![a-z])|입력|쓰기|작성/i;

/** `...`, `TODO`, `TBD: …`: an answer or a title still to be written. */
export const isPlaceholder = (text: string) => {
  const plain = text.replace(TASK_MARK, '').trim();
  return PLACEHOLDER.test(plain) || TO_DO.test(plain) || TO_DO_WORD.test(plain) || TO_DO_LAST.test(plain);
};

/** Why a block is noise, or undefined when it may teach something (read once, kept on the block). */
export function noiseReason(block: Block): string | undefined {
  if (block.noise === undefined) block.noise = readNoise(block) ?? null;
  return block.noise ?? undefined;
}

function readNoise(block: Block): string | undefined {
  const { token } = block;
  if (block.details) return undefined;
  if (token.type === 'html') {
    if (/^\s*<!--[\s\S]*-->\s*$/.test(token.raw)) return undefined;
    if (/^\s*<(?:img|iframe|video|audio|embed|object|picture)\b/i.test(token.raw)) return 'an image or embed';
    const text = token.raw
      .replace(/<[^>]*>/g, '')
      .replace(/&nbsp;/g, ' ')
      .trim();
    return text === '' ? 'HTML markup without text' : undefined;
  }
  // `> review later: manifests …`: a note to self in a quote.
  if (token.type === 'blockquote')
    return TO_DO.test(plainOf((token as Tokens.Blockquote).text).trim())
      ? 'a placeholder, not yet written'
      : undefined;
  const inline = inlineOf(token);
  if (!inline) return undefined;
  const raw = token.raw.trim();
  // (`*TODO: …*` in italics or bold says the same.)
  const task = raw.replace(TASK_MARK, '').replace(/^(?:\*{1,2}|_{1,2})(?=\S)/, '');
  if (TO_DO_WORD.test(task)) return 'a placeholder, not yet written';
  // `- [ ] AppArmor card`, `- [ ] macvlan 실습`: a few words by a box not yet ticked are something
  // still to do. A checklist's item that explains (`- [ ] \`--user 10001\` — forces …`) or asks
  // (`- [ ] \`.dockerignore\` 가 있는가`) is content, ticked or not.
  if (OPEN_TASK.test(raw) && isToDoWords(plainText(inline).replace(TASK_MARK, '').trim()))
    return 'a to-do item';
  // Most blocks are text: longer than any placeholder, with no colon (every label and property
  // below has one), link, image, embed, tag, template or prompt to fill in.
  if (raw.length > 30 && !MAY_BE_NOISE.test(raw)) return undefined;
  // `TARGET DECK: Docker::Swarm` / `FILE TAGS: …`: the Obsidian_to_Anki plugin's settings for the file.
  if (ANKI_PLUGIN_LINE.test(raw) && raw.split('\n').every((l) => ANKI_PLUGIN_LINE.test(l)))
    return "a page's properties (dates, tags, status)";
  // `TODO: profiles 정리`, `- [ ] TODO: …`: a note to self of what is still to be written.
  if (TO_DO.test(task)) return 'a placeholder, not yet written';
  if (TAGS_START.test(raw) && TAGS_LABEL.test(raw)) return 'tags';
  if (isPropertyBlock(raw) || isFieldBlock(raw)) return "a page's properties (dates, tags, status)";
  // `**Summary:** _Type a one-line summary here…_`, `‹한 줄 요약 쓰기>`: a template's prompt, not yet answered.
  if (MAY_PROMPT.test(raw) && TEMPLATE_PROMPT.test(plainText(inline).trim()))
    return 'a placeholder, not yet written';
  if (TOC_LINE.test(plainText(inline).trim()) || TOC_MARKER.test(raw)) return 'a table of contents';
  // Most blocks are text: no link, image, embed or tag, and longer than any placeholder.
  if (raw.length > 30 && !/[#[!]|https?:/.test(raw)) return undefined;
  if (TAG_LINE.test(raw)) return 'tags';
  if (/^!\[\[[^\]]*\]\]$/.test(raw)) return 'an embed';
  const text = plainText(inline).trim();
  if (PLACEHOLDER.test(text)) return 'a placeholder, not yet written';
  // `Contents` or `**목차**` above the links of a table of contents.
  if (TOC_LABEL.test(text)) return 'a table of contents';
  // `ref: security chapter of the course + [[Swarm lab notes]]`: where the material came from.
  if (SOURCE_LABEL.test(text)) return 'reference links';
  if (REFERENCE_LABEL.test(text) && inline.some((t) => t.type === 'link')) {
    const said = inline
      .filter((t) => t.type !== 'link' && t.type !== 'image')
      .map((t) => t.raw)
      .join('')
      .replace(REFERENCE_LABEL, '');
    // `Sources: [docs](…), my class notes.`: a few words beside the links name more sources.
    if (said.replace(/[\s,|·•/.-]+/g, '') === '' || said.trim().split(/\s+/).length <= 4)
      return 'reference links';
  }
  if (inline.every((t) => t.type === 'image' || isBlank(t))) return 'an image';
  if (isLinksOnly(inline)) return isTocLink(inline) ? 'a table of contents' : 'links only';
  return undefined;
}

/**
 * A Notion or template property block: three or more `name: value` lines of short values, one of
 * them empty, a placeholder, a date or a link (`생성일: 2024년 3월 14일`, `URL:`, `날짜: {{date}}`).
 */
const PROPERTY = /^([\p{L}][\p{L}\p{N} ]{0,15})\s*[:：]\s*(.{0,40})$/u;
const QA_LABEL = /^(?:q|a|question|answer|질문|답|정답|문제|front|back|앞|뒤)$/i;
const PROPERTY_VALUE = /^$|\{\{[^}]*\}\}|<%[\s\S]*%>|\d{4}[-./년]\s?\d{1,2}|\b(?:19|20)\d{2}\b|https?:\/\//;
function isPropertyBlock(raw: string): boolean {
  const split = raw.split('\n');
  if (split.length < 3) return false;
  const lines: RegExpExecArray[] = [];
  for (const line of split) {
    const property = PROPERTY.exec(line.trim());
    if (!property) return false;
    lines.push(property);
  }
  if (lines.some((m) => QA_LABEL.test(m[1]!.trim()))) return false;
  return lines.some((m) => PROPERTY_VALUE.test(m[2]!.trim()));
}

/**
 * Dataview's inline fields and a template's header lines, `up:: [[Docker MOC]]`, `source::
 * {{source}}`, `date: <% tp.date.now() %>`: a key, `::` or `:`, then only links, tags or a template
 * placeholder. A `Term::Definition` card says something after its `::`.
 */
const FIELD_LINE =
  /^[\p{L}][\p{L}\p{N}_ -]{0,20}(?:::\s*(?:(?:\[\[[^\]]*\]\]|\[[^\]]*\]\([^)]*\)|https?:\/\/\S+|\{\{[^}]*\}\}|<%.*?%>|#[\w/-]+)\s*,?\s*)+|:\s*(?:\{\{[^}]*\}\}|<%.*?%>))$/u;
const MAY_BE_FIELD = /::|:\s*(?:\{\{|<%)/;
function isFieldBlock(raw: string): boolean {
  // Each line is a field (`::`, or `:` and a placeholder) or a prompt to fill in.
  if (!MAY_BE_FIELD.test(raw) && !MAY_PROMPT.test(raw)) return false;
  return raw.split('\n').every((line) => FIELD_LINE.test(line.trim()) || TEMPLATE_PROMPT.test(line.trim()));
}

function inlineOf(token: Token): Token[] | undefined {
  if (token.type === 'paragraph' || token.type === 'text') return (token as Tokens.Paragraph).tokens;
  if (token.type === 'list_item') {
    // A task item's box (`- [ ] …`) comes before its text.
    const tokens = (token as Tokens.ListItem).tokens.filter((t) => t.type !== 'checkbox');
    const first = tokens[0];
    const rest = tokens.slice(1).filter((t) => t.type !== 'space');
    // An item with nested content (a sub-list of real text) is judged by a reader, not here.
    if (!first || rest.some((t) => t.type !== 'list')) return undefined;
    if (rest.length > 0 && !rest.every((t) => (t as Tokens.List).items.every((i) => isLinkItem(i))))
      return undefined;
    return (first as Tokens.Paragraph).tokens;
  }
  return undefined;
}

const isBlank = (t: Token) =>
  (t.type === 'text' && /^[\s,|·•/-]*$/.test(t.raw)) || t.type === 'br' || t.type === 'space';

function isLinksOnly(inline: Token[]): boolean {
  const links = inline.filter((t) => t.type === 'link' || t.type === 'image');
  if (links.length === 0 && !inline.some((t) => t.raw.includes('[['))) return false;
  const text = withoutLinks(inline);
  // A bare URL is a link as well (marked makes it one with GFM); wiki links count too.
  return (links.length > 0 || HAS_WIKI_LINK.test(text)) && text.replace(WIKI_LINK, '').trim() === '';
}

function withoutLinks(inline: Token[]): string {
  return inline
    .filter((t) => t.type !== 'link' && t.type !== 'image')
    .map((t) => ('text' in t ? String(t.text) : ''))
    .join('')
    .replace(LABEL, ' ')
    .replace(/[\s,|·•:/-]+/g, ' ');
}

// `**Contents:** [Logs](#logs) · …`, `up: [[Docker MOC]] · related: …`: a word or two naming the links.
const LABEL = /(?:^|\s)[\p{L}\p{N}]+(?:\s[\p{L}\p{N}]+)?[:：](?=\s|$)/gu;

const isTocLink = (inline: Token[]) =>
  inline.some((t) => t.type === 'link' && (t as Tokens.Link).href.startsWith('#'));

function isLinkItem(item: Tokens.ListItem): boolean {
  const first = item.tokens[0] as Tokens.Paragraph | undefined;
  return !!first?.tokens && isLinksOnly(first.tokens);
}

const READING_TITLE =
  /^(?:links?|references?|resources|further\s+reading|reading\s+list|see\s+also|sources?|참고(?:\s*(?:자료|링크|문서))?|참조|출처|링크|관련\s*(?:문서|글|링크))\s*[:：]?$/i;

/** A section titled Links or 참고 whose items are short names, none a sentence that teaches. */
function isReadingList(section: Section): boolean {
  if (!READING_TITLE.test(section.title.replace(/^[^\p{L}\p{N}]+/u, '').trim())) return false;
  const items = section.blocks.filter(isContent);
  return (
    items.length > 0 &&
    items.every(
      (b) =>
        b.token.type === 'list_item' &&
        !b.token.raw.trim().includes('\n') &&
        b.token.raw.length <= 80 &&
        !/[.!?。]\s*$/.test(b.token.raw.trim()),
    )
  );
}

/** `## 1. 오늘 다룰 내용`, `## Agenda`: the parts of a talk or a class, named one a line. */
const AGENDA_TITLE =
  /^(?:agenda|today'?s\s+topics|what\s+we(?:'ll|\s+will)\s+cover|outline|(?:오늘|이번\s*(?:시간|주))?\s*다룰\s*(?:내용|것|주제)|오늘의\s*(?:주제|내용)|순서)\s*[:：]?$/i;

/** A section titled Contents or 목차 (after any emoji) whose items are short lines: headings named. */
function isOutline(section: Section): boolean {
  const title = section.title
    .replace(/^[^\p{L}\p{N}]+/u, '')
    .replace(/^\d+[.)]\s*/, '')
    .trim();
  if (!TOC_LABEL.test(title) && !AGENDA_TITLE.test(title)) return false;
  const items = section.blocks.filter(isContent);
  return (
    items.length > 0 &&
    items.every(
      (b) => b.token.type === 'list_item' && !b.token.raw.trim().includes('\n') && b.token.raw.length <= 60,
    )
  );
}

/** A question callout with its answer inside (callout.ts reads it). */
const answersInCallout = (block: Block) =>
  block.token.type === 'blockquote' &&
  asksInCallout(block.token as Tokens.Blockquote) &&
  (block.token as Tokens.Blockquote).text.trim().includes('\n');

export const noise: BlockRecognizer = {
  name: 'noise',
  types: ['paragraph', 'text', 'list_item', 'html', 'blockquote'],
  match(section, at) {
    // `## TODO` and its `- [ ] …` items: what the writer means to look up, not what they learnt.
    // (Unless it answers what it asks: `## Open questions` over `> [!question]- …?` and the answer.)
    if (TO_DO_TITLE.test(section.title) && !section.blocks.some(answersInCallout))
      return { end: section.blocks.length, use: { skip: 'a to-do list' } };
    if (BOILERPLATE_TITLE.test(section.title.trim()))
      return {
        end: section.blocks.length,
        use: { skip: "the repository's boilerplate (license, contributing)" },
      };
    // `## Links` over `- CIS Docker Benchmark`: names of things to read, without their links.
    if (at === 0 && isReadingList(section))
      return { end: section.blocks.findLastIndex(isContent) + 1, use: { skip: 'reference links' } };
    // `## 📌 목차` over `1. 이미지 관련` …: the note's outline, each item a heading below it.
    if (at === 0 && isOutline(section))
      return { end: section.blocks.findLastIndex(isContent) + 1, use: { skip: 'a table of contents' } };
    const reason = noiseReason(section.blocks[at]!);
    if (!reason) return undefined;
    // A run of such blocks (a table of contents is many items) is one skipped span.
    let end = at + 1;
    while (end < section.blocks.length) {
      const next = section.blocks[end]!;
      if (next.token.type !== 'space' && noiseReason(next) !== reason) break;
      end++;
    }
    while (end > at + 1 && section.blocks[end - 1]!.token.type === 'space') end--;
    return { end, use: { skip: reason } };
  },
};
