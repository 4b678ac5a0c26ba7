// Bullets that name a Dockerfile instruction or a term: - `FROM` : … / - **레이어** : …
import type { Tokens } from 'marked';
import { anchorOf } from '../anchors.js';
import { flagsOf, instructionFront, isInstruction, leadingCode, readTermBullet } from '../bullets.js';
import { type Block, isGenericTitle, isLabelWord, type Section } from '../document.js';
import { countLines, plainOf, tidyMarkdown } from '../markdown.js';
import { textWeight } from '../sentences.js';
import { isPlaceholder } from './noise.js';
import { anchorBefore, type BlockRecognizer, type NoteContext } from './recognizer.js';

/**
 * `- \`build: .\` builds the image from …` in a list whose items each open with the code they
 * explain (compose keys below a compose file, say): a term card of the code, the whole item its back,
 * as the sentence leans on the code.
 */
function addCodeLed(block: Block, context: NoteContext, section: Section): boolean {
  const { builder } = context;
  const item = block.token as Tokens.ListItem;
  const first = item.tokens[0];
  const inline =
    first?.type === 'paragraph' || first?.type === 'text' ? (first as Tokens.Paragraph).tokens : [];
  const term = leadingCode(inline ?? [], item.text);
  const items = block.list?.items ?? [];
  const led = items.filter((i) => i.text.trimStart().startsWith('`')).length;
  if (!term || items.length < 2 || led * 2 < items.length) return false;
  // `- \`restart\` 는 …` below `docker compose restart web`: the command's own card has the item.
  const named = context.subcommand(term.toLowerCase(), section);
  if (named && context.commandsOf(section).some((c) => c.path === named)) return false;
  builder.add(
    { kind: 'term', front: `\`${term}\``, back: tidyMarkdown(item.text.trim()), term },
    { key: term, scope: 'deck', alternatives: [[term, section.title]] },
    { line: block.line, endLine: block.endLine, recognizer: 'term-bullets' },
  );
  return true;
}

/**
 * `- bind mount : 호스트의 특정 경로를 그대로 붙인다`: an unmarked term a bullet defines. Short, no
 * label (`장점 : …`, `Note: …`), and a definition that says something.
 */
function namesAThing(term: string, description: string): boolean {
  if (term.length > 30 || term.split(/\s+/).length > 3 || /[.?!,;()`]/.test(term)) return false;
  if (
    isLabelWord(term) ||
    isGenericTitle(term) ||
    ORDER_WORD.test(term) ||
    ABOUT_THE_PAGE.test(term) ||
    textWeight(description) < 20
  )
    return false;
  // `첫번째 줄 : \`--tail 100\`으로 …`: text about flags is theirs to read (prose-flags.ts).
  return !/`-{1,2}[A-Za-z]/.test(description);
}

/** `- 범위: 교재 5~7장`, `- 작성자: …`: the page's own details, not a thing it defines. */
const ABOUT_THE_PAGE =
  /^(?:범위|출제(?:자)?|일시|작성자?|대상|난이도|분류|담당(?:자)?|장소|시간|버전|author|owner|version|level|audience|duration)$/i;

/** `step 2`, `두번째 줄`, `next week`, `헷갈렸던 것`: a place in a sequence, or a remark, not a thing. */
const ORDER_WORD =
  /^(?:\d|step\b|part\b|first|second|third|last|next|then|finally|big\b|단계|[첫두세네]\s*번째|마지막|다음|맨\s*위)|(?:것|거|점|때)$/i;

/** A list of two or more items that each define one lower-case word: the values of something. */
function listsValues(block: Block): boolean {
  const { list } = block;
  if (!list) return false;
  // Asked for each of its items: read once a list, so that a long list costs no more than its length.
  let values = VALUE_LISTS.get(list);
  if (values === undefined) {
    values =
      list.items.length >= 2 &&
      list.items.every((item) => {
        const term = readTermBullet(item)?.term;
        return term !== undefined && /^[a-z][a-z0-9-]*$/.test(term);
      });
    VALUE_LISTS.set(list, values);
  }
  return values;
}
const VALUE_LISTS = new WeakMap<Tokens.List, boolean>();

/** Letters a nested item's text has at least to teach something (`- \`--from\` maybe` has 5). */
const MIN_NESTED_TEXT = 8;

/** `- action` (a few words, no sentence, no code) over a nested list: a label for the items under it. */
function labelOf(item: Tokens.ListItem): string | undefined {
  const [first, nested, ...more] = item.tokens.filter((t) => t.type !== 'space');
  if (more.length > 0 || nested?.type !== 'list' || (first?.type !== 'text' && first?.type !== 'paragraph'))
    return undefined;
  const inline = (first as Tokens.Text).tokens ?? [];
  if (inline.some((t) => t.type === 'codespan')) return undefined;
  const label = plainOf(first.raw)
    .replace(/[:：]\s*$/, '')
    .trim();
  if (label === '' || label.length > 40 || /[.?!？。:：]|\bdocker\b/i.test(label)) return undefined;
  return label;
}

/**
 * `- action` over `- \`sync\` : 바뀐 파일만 복사`, `- \`rebuild\` : …`: a term card of each nested item
 * that defines one, fronted with the label it is under. The item stays the section's text.
 */
function addLabelledTerms(block: Block, section: Section, { builder }: NoteContext): boolean {
  const item = block.token as Tokens.ListItem;
  const label = builder.user ? labelOf(item) : undefined;
  if (!label) return false;
  const nested = item.tokens.find((t) => t.type === 'list') as Tokens.List;
  let made = false;
  for (const sub of nested.items) {
    const bullet = readTermBullet(sub);
    if (!bullet?.marked || textWeight(bullet.description) < MIN_NESTED_TEXT) continue;
    // (Flags and instructions are read as theirs, under a label that names their command.)
    if (isInstruction(bullet.term) || flagsOf(bullet.term)) continue;
    // The nested item's line: where its text starts in the item's.
    const line = block.line + countLines(item.raw, 0, Math.max(0, item.raw.indexOf(sub.raw.trim())));
    builder.add(
      { kind: 'term', front: `**${bullet.term}** — ${label}`, back: bullet.description, term: bullet.term },
      { key: [label, bullet.term], scope: 'deck', alternatives: [[bullet.term, section.title]] },
      { line, endLine: line, recognizer: 'term-bullets' },
    );
    made = true;
  }
  return made;
}

export const termBullets: BlockRecognizer = {
  name: 'term-bullets',
  types: ['list_item'],
  match(section, at, context) {
    const { builder } = context;
    const block = section.blocks[at]!;
    if (block.token.type !== 'list_item') return undefined;
    const bullet = readTermBullet(block.token as Tokens.ListItem);
    // (The item stays free: the section's card holds the items as the note wrote them.)
    if (
      (!bullet || (!bullet.marked && bullet.description === '')) &&
      addLabelledTerms(block, section, context)
    )
      return undefined;
    if (!bullet)
      return addCodeLed(block, context, section) ? { end: at + 1, use: 'text', taught: true } : undefined;
    if (!bullet.marked && bullet.description === '') return undefined;
    const back = [bullet.description, bullet.rest].filter(Boolean).join('\n\n');
    const anchor = bullet.anchor ?? anchorBefore(section, at, (b) => anchorOf(b.token));
    const origin = { line: block.line, endLine: block.endLine, recognizer: 'term-bullets' };
    // ``- `ONBUILD` — hmm. TODO``: what it does is still to be written.
    if (bullet.description !== '' && isPlaceholder(plainOf(back))) {
      builder.diagnose(block.line, `'${bullet.term}' has no explanation yet (a placeholder); no card`);
      return { end: at + 1, use: { skip: 'a placeholder' } };
    }
    // A bare ``- `ADD` `` says nothing about it: no card with an empty back.
    if (isInstruction(bullet.term) && back !== '') {
      const examples = bullet.code.flatMap((c) => c.text.split('\n').filter((l) => l.trim() !== ''));
      const key = `dockerfile-${bullet.term.toLowerCase()}`;
      builder.add(
        {
          kind: 'instruction',
          front: instructionFront(bullet.term, section.title, builder.user),
          back,
          term: bullet.term,
          ...(examples.length > 0 ? { examples } : {}),
        },
        { key, scope: 'global', alternatives: [[key, section.title]], explicit: anchor },
        origin,
      );
      return { end: at + 1, use: 'text', taught: true };
    }
    // (Users' notes: the built-in decks write each card as a card.)
    if (
      bullet.description === '' ||
      (!bullet.marked && !(builder.user && namesAThing(bullet.term, bullet.description)))
    )
      return undefined;
    // `- \`A\` — 추가된 파일`: a letter or two name nothing alone, nor do values listed as words
    // (`**host**`, `**none**` of network drivers, `**always**` of restart policies): the front says
    // what they are of.
    // (Not in the built-in decks: their cards are written as cards.)
    const topic =
      builder.user && section.title !== '' && (bullet.term.length <= 2 || listsValues(block))
        ? ` — ${section.title}`
        : '';
    builder.add(
      { kind: 'term', front: `**${bullet.term}**${topic}`, back, term: bullet.term },
      { key: bullet.term, scope: 'deck', alternatives: [[bullet.term, section.title]], explicit: anchor },
      origin,
    );
    return { end: at + 1, use: 'text', taught: true };
  },
};
