// The concept cards of sections: the text no shape took, under its heading; and the tests that decide
// whether such text teaches anything (a lead-in, a label, too few words do not).
import type { Block, Section } from './document.js';
import { isGenericTitle, isGrabBagTitle } from './document.js';
import { plainText } from './markdown.js';
import { endsWithQuestionMark } from './questions.js';
import { markdownOf, type NoteContext, tokensOf } from './recognizers/recognizer.js';

/** `Example: cache Go packages`, `The Dockerfile`, `전체 코드`: a heading that only names the code under it. */
const CODE_LABEL =
  /^(?:(?:an?|the|my|our|full|final|whole)\s+)?(?:examples?|samples?|demo|dockerfile|compose\s*file|file|snippet|script|listing)\b|^(?:예시|예제|샘플|전체\s*코드|코드|파일|실습)/i;

export const labelsCode = (title: string) => isGenericTitle(title) || CODE_LABEL.test(title.trim());

const COMMAND_LABEL = /^\s*[*_`]*(?:\$\s*)?docker(?:\s+[a-z][\w-]*){1,2}[*_`]*\s*$/;

/**
 * `… 기본으로 붙이는 옵션입니다.`, `자주 쓰는 명령은 다음과 같다.`, `… 쓰는 옵션들만 추렸다.`, `… as follows.`:
 * a sentence that points at what follows.
 */
const LEADS_IN =
  /(?:(?:옵션|플래그|명령어?|설정)(?:들)?(?:입니다|이다|이에요|예요)|(?:옵션|플래그|명령어?)(?:들)?만?\s*(?:추렸|정리했|모았|골랐|적었)(?:다|습니다|어요|음)|(?:자주|많이|주로|제일|가장)\s*(?:쓰는|사용하는|쓰이는)\s*(?:옵션|플래그|명령어?)(?:들)?|(?:common|useful|handy)\s+(?:options|flags)|(?:다음|아래)과\s*같(?:다|습니다)|as\s+follows|(?:are|is)\s+(?:below|these))\s*[.。]?$/i;

/** A short paragraph that ends in a colon, or one word: it says what comes next, nothing itself. */
export function introduces(block: Block): boolean {
  if (block.token.type !== 'paragraph' || block.token.raw.length > 80) return false;
  // `up` / `down` alone above their flags are labels too, and so is a command's name (`**docker push**`).
  return (
    // (`**Drivers:**`: the colon inside the bold.)
    /[:：]\s*(?:\*\*|__|\*|_)?\s*$/.test(block.token.raw) ||
    LEADS_IN.test(block.token.raw.trim()) ||
    /^\s*[*_]*[\p{L}\p{N}-]{1,20}[*_]*\s*$/u.test(block.token.raw) ||
    COMMAND_LABEL.test(block.token.raw)
  );
}

/** Some words of prose, or code: a block of text worth a card. */
export function explains(blocks: Block[]): boolean {
  if (blocks.some((b) => b.token.type === 'code' || b.token.type === 'table')) return true;
  // Three letters or digits, in the first blocks that have them: no need to read the whole section.
  let letters = 0;
  for (const b of blocks) {
    // (An item's own line may be a label, `- 문법`, over the nested items that explain.)
    const text =
      b.token.type === 'list_item'
        ? b.token.raw
        : plainText('tokens' in b.token ? (b.token.tokens as never) : undefined) || b.token.raw;
    for (const _ of text.matchAll(LETTER)) if (++letters >= 3) return true;
  }
  return false;
}

const LETTER = /[\p{L}\p{N}]/gu;

/** A grab-bag's card, of the blocks no card of their own holds (none when that leaves nothing to teach). */
export function addGrabBag(section: Section, blocks: Block[], context: NoteContext): void {
  const unheld = unheldBy(blocks, context);
  if (unheld.length > 0 && explains(unheld)) addConcept(section, unheld, context);
}

/** The blocks no card starts in. */
export function unheldBy(blocks: Block[], { builder }: NoteContext): Block[] {
  const starts = builder.spans.map((s) => s.line);
  return blocks.filter((b) => !starts.some((line) => line >= b.line && line <= b.endLine));
}

export function addConcept(section: Section, blocks: Block[], { builder, concepts }: NoteContext) {
  const question = section.parents.at(-1);
  // `## 왜 도커?` asks, and its text answers: the question is the card's front.
  const asks = endsWithQuestionMark(section.title);
  // `## 왜 도커?` › `### 장점`, and `## 네트워크` › `### 정리` (a title that only names a part): the
  // parent says what the card is about.
  const front =
    !asks &&
    question !== undefined &&
    (endsWithQuestionMark(question) || isGenericTitle(section.title) || isGrabBagTitle(section.title))
      ? `${question} › ${section.title}`
      : section.title;
  const last = blocks.at(-1)!;
  const back = markdownOf(blocks);
  // (Blocks that say nothing a card could show, an empty `<details>` say, make no card.)
  if (back.trim() === '') return;
  const id = builder.add(
    { kind: asks ? 'qa' : 'concept', front, back },
    {
      key: section.title,
      scope: 'deck',
      alternatives: [[section.parents.at(-1) ?? '', section.title]],
      explicit: section.anchor,
    },
    { line: section.line, endLine: last.endLine, recognizer: asks ? 'question-heading' : 'concept' },
    tokensOf(blocks),
  );
  if (builder.user && !asks) concepts.push({ id, section, blocks });
}
