// The recognizers in their fixed precedence, run once over a note's sections and blocks. A shape
// higher in the list wins the blocks it claims: a question bank's headings before anything inside
// them, noise before everything that could mistake a link list for text, questions (lines, list
// items, `| 질문 | 답 |` tables) before the flag and command shapes that would otherwise read their
// lines, cheat-sheet command lines before the term bullets that `- **docker ps** : …` also looks
// like. What no recognizer claims becomes the section's concept card when it explains something,
// else it is reported as skipped.
import { explainsTopic, sharedOut, TOPIC_TYPES, unheld } from './command-topics.js';
import { addCommentFlags } from './comment-flags.js';
import { addComposeComments } from './compose-comments.js';
import { addConcept, addGrabBag, explains, introduces, labelsCode, unheldBy } from './concept-cards.js';
import { type Block, isGrabBagTitle, type Section } from './document.js';
import { splitConcepts } from './concept-splits.js';
import { addFactClozes } from './fact-clozes.js';
import { addFollowUps } from './follow-ups.js';
import { framesThePost, holdsNoteFields, introducesNote, isJournalDay, titleSection } from './note-frame.js';
import { addProseCommands } from './prose-commands.js';
import { addProseFlags, addRowFlags, type ProseBlock } from './prose-flags.js';
import { addProseTerms, definesTerm, glossaryLines, isGlossaryTitle } from './prose-terms.js';
import { endsWithQuestionMark, Q_LINE, SHOW_ANSWER } from './questions.js';
import { ankiBlocks } from './recognizers/anki-blocks.js';
import { answerKeyEntries } from './recognizers/answer-key-entries.js';
import { callout } from './recognizers/callout.js';
import { addAnswerCommands, addCommandCards, codeCommands } from './recognizers/code-commands.js';
import { commandBullets, leadInFlags } from './recognizers/command-bullets.js';
import { commandTable } from './recognizers/command-table.js';
import { definitionList } from './recognizers/definition-list.js';
import { details } from './recognizers/details.js';
import { flagLines } from './recognizers/flag-lines.js';
import { flagTable } from './recognizers/flag-table.js';
import { frontBack } from './recognizers/front-back.js';
import { incident } from './recognizers/incident.js';
import { listQuestions } from './recognizers/list-questions.js';
import { multipleChoice } from './recognizers/multiple-choice.js';
import { noise, noiseReason } from './recognizers/noise.js';
import { qaLines } from './recognizers/qa-lines.js';
import { qaTable } from './recognizers/qa-table.js';
import { questionHeading } from './recognizers/question-heading.js';
import {
  type BlockRecognizer,
  type Claim,
  isContent,
  markdownOf,
  type NoteContext,
  type SectionRecognizer,
} from './recognizers/recognizer.js';
import { spacedRepetition } from './recognizers/spaced-repetition.js';
import { statementTable } from './recognizers/statement-table.js';
import { subcommandBullets } from './recognizers/subcommand-bullets.js';
import { tabRows } from './recognizers/tab-rows.js';
import { termBullets } from './recognizers/term-bullets.js';
import { addTitledCommand } from './recognizers/titled-command.js';
import type { SkippedSpan } from './types.js';

export const SECTION_RECOGNIZERS: readonly SectionRecognizer[] = [questionHeading, frontBack, incident];
const INCIDENT_FIRST: readonly SectionRecognizer[] = [incident, questionHeading, frontBack];

export const BLOCK_RECOGNIZERS: readonly BlockRecognizer[] = [
  noise,
  statementTable,
  tabRows,
  answerKeyEntries,
  details,
  callout,
  multipleChoice,
  ankiBlocks,
  spacedRepetition,
  definitionList,
  qaLines,
  listQuestions,
  qaTable,
  commandTable,
  commandBullets,
  leadInFlags,
  subcommandBullets,
  flagTable,
  codeCommands,
  flagLines,
  termBullets,
];

/** The recognizers for each token type, in the precedence above. */
const BY_TYPE = new Map<string, BlockRecognizer[]>();
for (const recognizer of BLOCK_RECOGNIZERS) {
  for (const type of recognizer.types) BY_TYPE.set(type, [...(BY_TYPE.get(type) ?? []), recognizer]);
}

/** Running text no shape took, or a command bullet's: flags may be explained in it. */
const PROSE_TYPES = new Set(['paragraph', 'blockquote', 'list_item']);
const PROSE_OWNERS = new Set<string>([commandBullets.name, subcommandBullets.name]);
/** Question shapes whose answers may explain flags: `**Q. …?**` and its bullets, `Q:`/`A:`, `<details>`, callouts. */
const ANSWER_OWNERS = new Set<string>([listQuestions.name, qaLines.name, details.name, callout.name]);

/** A block of a question's answer, in the section it is read in. */
interface AnswerBlock {
  section: Section;
  at: number;
}

/** What the sections leave to the last pass: running text, topics beside command code, answers. */
interface LastPass {
  prose: ProseBlock[];
  topics: { section: Section; blocks: Block[] }[];
  answers: AnswerBlock[];
  /** Sections of things in common only by the note (`## 기타`): their concept cards come last. */
  grabBags: { section: Section; blocks: Block[] }[];
  /** Blocks of the note's introduction after its opening: facts, or skipped with it. */
  introduction: Block[];
}

export function recognize(sections: Section[], context: NoteContext, skipped: SkippedSpan[]): void {
  const last: LastPass = { prose: [], topics: [], answers: [], grabBags: [], introduction: [] };
  const { prose, topics, answers, grabBags, introduction } = last;
  // The text below headings that only read as questions (`## 1. 컨테이너란 무엇인가`): facts too.
  const explained: ProseBlock[] = [];
  const titleAt = titleSection(sections, context);
  for (let at = 0; at < sections.length; ) {
    let claimed: ReturnType<SectionRecognizer['match']>;
    // A heading that asks (`…?`) is a question first; one that names a problem (`### 문제: …`,
    // `Problem: …`) over its symptom, cause and fix is an incident first.
    const order = endsWithQuestionMark(sections[at]!.title) ? SECTION_RECOGNIZERS : INCIDENT_FIRST;
    for (const recognizer of order) {
      claimed = recognizer.match(sections, at, context);
      if (claimed) break;
    }
    if (claimed) {
      // The answers' blocks, not those left to be read as more questions (the claim's rest).
      const rest = new Set(claimed.rest?.blocks);
      if (!claimed.evidence)
        for (const part of sections.slice(at, claimed.end))
          for (const [i, block] of part.blocks.entries())
            if (!rest.has(block)) answers.push({ section: part, at: i });
      const asked = sections[at]!;
      if (!claimed.evidence && !endsWithQuestionMark(asked.title))
        for (const block of asked.blocks)
          if (PROSE_TYPES.has(block.token.type) && !rest.has(block))
            explained.push({ section: asked, block });
      if (claimed.rest) readSection(claimed.rest, context, skipped, false, last);
      at = Math.max(claimed.end, at + 1);
      continue;
    }
    const section = sections[at]!;
    const hasChildren = sections[at + 1] !== undefined && sections[at + 1]!.depth > section.depth;
    readSection(section, context, skipped, hasChildren, last, at === titleAt);
    at++;
  }
  // Last, so that the cards of every other shape keep the ids they had. Not in the built-in decks:
  // their cards are written as cards, the same in both languages.
  if (context.builder.user) {
    addProseFlags(prose, context);
    addRowFlags(context.rowTexts, context);
    addCommentFlags(sections, context);
    addComposeComments(sections, context);
    addProseTerms(prose, context);
    for (const { section, blocks } of topics) addConcept(section, blocks, context);
    addProseCommands(prose, context);
    addAnswerFlags(answers, context);
    addAnswersCommands(answers, context);
    addFollowUps(answers, context);
    // (Not of what lint reports as skipped, nor sentence by sentence in the note's own title section.)
    const held = addFactClozes([...prose, ...explained], context, skipped, sections[titleAt]);
    for (const { section, blocks } of grabBags) addGrabBag(section, blocks, context);
    const title = sections[titleAt];
    splitConcepts(context.concepts, held, context, title && { section: title, blocks: introduction });
    skipSpans(unheldBy(introduction, context), "the note's introduction", skipped);
    showRepeatedCommands(context);
  }
}

/**
 * `docker run …` again in a later part of a cheat sheet (`## 볼륨`, `## 자주 쓰는 조합`): a card of the
 * command's bare name would ask what the first one asks, so it shows its own line instead.
 */
function showRepeatedCommands({ builder }: NoteContext): void {
  const named = new Set<string>();
  for (const card of builder.cards) {
    if (card.kind !== 'command' || card.front !== `\`${card.command}\``) continue;
    const line = card.examples?.[0];
    if (named.has(card.front) && line && !line.includes('`')) card.front = `\`${line}\``;
    else named.add(card.front);
  }
}

/**
 * `## Q2. …?` answered with a list of flags, or a table of them: the question's card holds the
 * answer, and each flag it explains gets its card too, when the note has none of it.
 */
function addAnswerFlags(answers: AnswerBlock[], context: NoteContext): void {
  const newOnly = { ...context, onlyNewFlags: true };
  const prose: ProseBlock[] = [];
  for (const { section, at } of answers) {
    const block = section.blocks[at]!;
    const type = block.token.type;
    if (type === 'table') flagTable.match(section, at, newOnly);
    // (`**Q.** \`docker run -d\` 로 띄웠는데 …?` over its bullets: the question says nothing of its flags.)
    else if (PROSE_TYPES.has(type) && !asksOnly(block) && !flagLines.match(section, at, newOnly))
      prose.push({ section, block });
  }
  addProseFlags(prose, newOnly);
}

/** The commands of each answer's code, by the section its blocks are in. */
function addAnswersCommands(answers: AnswerBlock[], context: NoteContext): void {
  const bySection = new Map<Section, Block[]>();
  for (const { section, at } of answers) {
    const block = section.blocks[at]!;
    if (!isContent(block)) continue;
    const blocks = bySection.get(section);
    if (blocks) blocks.push(block);
    else bySection.set(section, [block]);
  }
  for (const [section, blocks] of bySection) addAnswerCommands(section, blocks, context);
}

/**
 * The blocks of a question a block recognizer took, read as a section of their own: a flag in
 * them belongs to a command the question or its answer names, never to one of the text around.
 * A `<details>` answer is its inner blocks, under the summary, which names its command as a
 * question heading would.
 */
function answerBlocks(section: Section, start: number, end: number, answers: AnswerBlock[]): void {
  const blocks: Block[] = [];
  let title = section.title;
  for (const block of section.blocks.slice(start, end)) {
    if (!block.details) blocks.push(block);
    else {
      if (!SHOW_ANSWER.test(block.details.summary)) title = block.details.summary;
      blocks.push(...block.details.blocks);
    }
  }
  const answer: Section = { ...section, title, blocks };
  for (const at of blocks.keys()) answers.push({ section: answer, at });
}

/** A paragraph of one `Q:` line that ends asking: the question alone, its answer below it. */
function asksOnly(block: Block): boolean {
  if (block.token.type !== 'paragraph') return false;
  const text = block.token.raw.trim();
  return !text.includes('\n') && Q_LINE.test(text) && endsWithQuestionMark(text.replace(/[*_]+$/, ''));
}

function readSection(
  section: Section,
  context: NoteContext,
  skipped: SkippedSpan[],
  hasChildren: boolean,
  { prose, topics, answers, grabBags, introduction }: LastPass,
  isTitle = false,
) {
  const { blocks } = section;
  const uses: (Claim['use'] | undefined)[] = new Array(blocks.length);
  const owners: (string | undefined)[] = new Array(blocks.length);
  let taught = false;
  for (let i = 0; i < blocks.length; ) {
    if (!isContent(blocks[i]!)) {
      i++;
      continue;
    }
    let claim: Claim | undefined;
    let owner: string | undefined;
    for (const recognizer of BY_TYPE.get(blocks[i]!.token.type) ?? []) {
      claim = recognizer.match(section, i, context);
      owner = recognizer.name;
      if (claim) break;
    }
    if (!claim) {
      i++;
      continue;
    }
    for (let j = claim.start ?? i; j < claim.end; j++) {
      uses[j] = claim.use;
      owners[j] = owner;
    }
    if (ANSWER_OWNERS.has(owner!) && claim.use === 'own')
      answerBlocks(section, claim.start ?? i, claim.end, answers);
    taught ||= claim.taught === true;
    i = Math.max(claim.end, i + 1);
  }
  // One pass: the running text for the last pass, the text a command card may hold (no shape took
  // it, or one used it as text) and what no shape took at all.
  const contentAt: boolean[] = new Array(blocks.length).fill(false);
  const text: Block[] = [];
  const free: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const use = uses[i];
    if (PROSE_TYPES.has(block.token.type) && (use === undefined || PROSE_OWNERS.has(owners[i]!)))
      prose.push({ section, block });
    if (!isContent(block)) continue;
    contentAt[i] = true;
    if (use === undefined) free.push(block);
    if (use === undefined || use === 'text') text.push(block);
  }
  const content = (i: number) => contentAt[i]!;
  // The cards already made: a command card may replace a stopgap one, so a count would not do.
  const before = context.commandsOf(section).length > 0 ? new Set(context.builder.cards) : undefined;
  let topical = false;
  if (before && addCommandCards(section, text, context) > 0) {
    taught = true;
    // Without the lines that only lead into the code (`Or with jq installed:`).
    const running = blocks.filter(
      (b, i) =>
        TOPIC_TYPES.has(b.token.type) &&
        content(i) &&
        uses[i] === undefined &&
        !/[:：]\s*$/.test(b.token.raw),
    );
    const made = context.builder.cards.filter((c) => !before.has(c));
    // (Terms defined one a paragraph have their cards: `**태그 (tag)** — …` over its example.)
    const glossary = context.builder.user && running.length >= 2 && running.every(definesTerm);
    if (!glossary && explainsTopic(section, running, context) && !sharedOut(running, made)) {
      topics.push({ section, blocks: running });
      topical = true;
    }
  }

  // Noise, reported as one span per run of the same reason.
  for (let i = 0; i < blocks.length; i++) {
    const use = uses[i];
    // (A blank line a claim ran over is no span of its own.)
    if (typeof use !== 'object' || !content(i)) continue;
    let j = i;
    // (Claims of one reason in a row, each key entry say, are one span.)
    const same = (u: Claim['use'] | undefined) => typeof u === 'object' && u.skip === use.skip;
    while (j + 1 < blocks.length && (same(uses[j + 1]) || !content(j + 1))) j++;
    while (j > i && !content(j)) j--;
    skipped.push({ line: blocks[i]!.line, endLine: blocks[j]!.endLine, reason: use.skip });
    i = j;
  }

  // A command card holds its section's text; text beside other cards is a concept of its own.
  if (taught && context.commandsOf(section).length > 0) {
    // Unless no card holds it: `종료 코드 137 = …` below the bullets of `docker stop` and `docker kill`.
    // (Not a lead-in left over from the text the cards took: `**Drivers:**` over its list.)
    // (Nor a term defined in its own paragraph, which has its card.)
    const left = topical
      ? []
      : unheld(section, free, context).filter(
          (b) => !introduces(b) && !(context.builder.user && definesTerm(b)),
        );
    if (left.length > 0 && explains(left)) topics.push({ section, blocks: left });
    return;
  }
  if (section.title === '') {
    skipSpans(free, 'text before the first heading', skipped);
    return;
  }
  if (isTitle && !section.anchor && introducesNote(section, free)) {
    // The opening paragraph introduces; a later one may teach (`Every container gets its own network
    // namespace …`): it is left to the facts' pass, and skipped with the introduction if it gives no card.
    const opening = free.findIndex((b) => b.token.type === 'paragraph');
    const teaches = (b: Block, i: number) =>
      i > opening &&
      context.builder.user &&
      PROSE_TYPES.has(b.token.type) &&
      !introduces(b) &&
      !holdsNoteFields(b) &&
      !noiseReason(b);
    skipSpans(
      free.filter((b, i) => !teaches(b, i)),
      "the note's introduction",
      skipped,
    );
    introduction.push(...free.filter(teaches));
    return;
  }
  // `## 들어가며` / `## 마치며` about the post itself (`지난 글에서 …`, `… 는 다음 글에서`).
  if (!section.anchor && framesThePost(section, markdownOf(free))) {
    skipSpans(free, "the note's opening or closing words", skipped);
    return;
  }
  // `quick ones i keep forgetting:` above flag lines only leads into the cards just made.
  if (taught && free.length > 0 && free.every(introduces)) {
    skipSpans(free, 'an introduction to the cards below it', skipped);
    return;
  }
  if (free.length === 0) {
    if (!hasChildren && uses.every((u) => u === undefined))
      skipped.push({ line: section.line, endLine: section.line, reason: 'a heading with nothing under it' });
    return;
  }
  // `## May 13th, 2024` over `- Networks day. coffee #2`: a journal's day, a few words about it.
  if (!section.anchor && isJournalDay(section, free)) {
    skipSpans(free, "a journal day's remarks", skipped);
    return;
  }
  // An id the note gave asks for the card, however short its text.
  if (!section.anchor && !explains(free)) {
    skipSpans(free, 'too little text to teach anything', skipped);
    return;
  }
  // `## The Dockerfile` over a fence and nothing else: a label and code, no fact a card could ask
  // (`#### 인스트럭션` over its example names a topic: that card stays).
  if (!section.anchor && free.every((b) => b.token.type === 'code') && labelsCode(section.title)) {
    skipSpans(free, 'code with no text saying what it shows', skipped);
    return;
  }
  // `## Glossary` whose text is lines that each define a term: the last pass makes each its card,
  // and a card of all of them would ask for every one at once.
  if (isGlossaryTitle(section.title) && free.every((b) => glossaryLines(b) !== undefined)) return;
  // `**이미지 (image)** — …` paragraphs one after another, whatever the heading: a term card each, the
  // same way, and no card of them all.
  const said = free.filter((b) => b.token.type !== 'code');
  if (context.builder.user && said.length >= 2 && said.every(definesTerm)) return;
  if (section.held) return;
  if (addTitledCommand(section, free, context)) return;
  // `## other bits`: its items first make what cards they can; the card under its name holds the rest.
  if (context.builder.user && isGrabBagTitle(section.title)) grabBags.push({ section, blocks: free });
  else addConcept(section, free, context);
}

function skipSpans(blocks: Block[], reason: string, skipped: SkippedSpan[]) {
  for (const block of blocks) {
    const previous = skipped.at(-1);
    if (previous && previous.reason === reason && previous.endLine >= block.line - 2)
      previous.endLine = block.endLine;
    else skipped.push({ line: block.line, endLine: block.endLine, reason });
  }
}
