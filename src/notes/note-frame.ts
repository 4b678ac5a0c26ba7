// What a note says about itself rather than about Docker: the text under its title (an introduction),
// a post's opening and closing words, a journal's day. Such text is skipped, and lint says why.
import type { Tokens } from 'marked';
import { type Block, isLabelWord, type Section, speaksOfTheNote } from './document.js';
import { plainText } from './markdown.js';
import type { NoteContext } from './recognizers/recognizer.js';

const LETTER = /[\p{L}\p{N}]/gu;

/**
 * The text under a note's title says what the note is (`Stuff I type every day`, `TIL — 강의 2강까지`),
 * unless it opens with the title's subject (`# 도커 공부 노트` over `도커는 앱을 … 도구다`) or holds
 * code or a table.
 */
export function introducesNote(section: Section, blocks: Block[]): boolean {
  if (blocks.some((b) => b.token.type === 'code' || b.token.type === 'table')) return false;
  // `> [!note] 한 줄 요약` under the title: what the note teaches, in short.
  if (blocks.some((b) => b.token.type === 'blockquote' && SUMMARY_CALLOUT.test(b.token.raw))) return false;
  const first = blocks.find((b) => b.token.type === 'paragraph');
  if (!first) return true;
  const text = plainText((first.token as Tokens.Paragraph).tokens).trim();
  // `발표: 김OO / 정리: 박OO` and `일시: …`: who and when, lines of a label and its value.
  if (text.split('\n').every((line) => FIELD_LINE.test(line))) return true;
  // `Part 1 has the answers right under each question…`, `이번 포스팅에서는 …`: words about the note.
  if (speaksOfTheNote(text)) return true;
  const word = OPENING_WORD.exec(text)?.[1]?.toLowerCase().replace(PARTICLE, '');
  const titleWords = new Set(section.title.toLowerCase().split(/[^\p{L}\p{N}]+/u));
  return !word || !titleWords.has(word);
}

/** `Topics covered: …` over `Score last time: 11/15 …`: lines of fields about the note, each a label word's. */
export const holdsNoteFields = (block: Block) =>
  block.token.type === 'paragraph' &&
  block.token.raw
    .trim()
    .split('\n')
    .every((line) => {
      const label = /^[*_]*([^:：*_]{1,30})[*_]*[:：]\s*\S/u.exec(line)?.[1];
      return label !== undefined && isLabelWord(label);
    });

const SUMMARY_CALLOUT =
  /^>\s*\[![\w-]+\][+-]?\s*(?:한\s*줄\s*요약|요약|정리|핵심|summary|tl;?\s*dr|in\s+short|key\s+idea)\s*$/im;

/** A heading that is a date: `May 13th, 2024`, `2024-05-13 (Mon)`, `5월 13일`. */
const DATE_TITLE =
  /^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+\d{4}|\d{4}[-./]\s?\d{1,2}[-./]\s?\d{1,2}\.?|(?:\d{4}년\s*)?\d{1,2}월\s*\d{1,2}일)(?:\s*\([^)]*\))?$/i;
/** Letters under a date heading that can teach something: a day's line about coffee cannot. */
const JOURNAL_LETTERS = 80;

const letterCount = (blocks: Block[]) =>
  blocks.reduce((n, b) => n + (b.token.raw.match(LETTER)?.length ?? 0), 0);

/** `## May 13th, 2024` over `- Networks day. coffee #2`: a day of a journal, a few words about it. */
export const isJournalDay = (section: Section, blocks: Block[]) =>
  DATE_TITLE.test(section.title.trim()) && letterCount(blocks) < JOURNAL_LETTERS;

/** The heading of a post's opening or closing words. */
const FRAME_TITLE =
  /^(?:들어가며|들어가기\s*(?:전에|앞서)|시작하며|서론|머리말|마치며|글을\s*마치며|마무리(?:하며)?|끝으로|맺음말|intro|introduction|preface|outro|wrapping\s+up|closing\s+thoughts|final\s+thoughts|afterword)$/i;

/** `발표: 김OO`, `Date: 2024-06-12`: a short label, a colon, a value. */
const FIELD_LINE = /^[\p{L}][\p{L} ]{0,10}[:：]\s*\S/u;

/** The first word of a text, after an article. */
const OPENING_WORD = /^(?:(?:the|an?)\s+)?[*_`"'(]*([\p{L}\p{N}][\p{L}\p{N}-]*)/iu;
/** A Korean particle after the subject: `도커는` is `도커`. */
const PARTICLE = /(?:이란|란|은|는|이|가|을|를|의|에서|으로|로)$/;

/** One lowercase word, maybe with an aside: `run`, `build (legacy builder)`. */
const COMMAND_TITLE = /^[a-z][\w-]*(?:\s+\([^)]*\))?$/;
/** A command and nothing else: `docker compose up`. */
const DOCKER_TITLE = /^docker(?:\s+[a-z][\w-]*){1,3}$/;

/**
 * A user's note titled by its one `#` heading, the rest below it: where that title section is. Its
 * own text introduces the note (`Stuff I type every day…`, `TIL 2024.03.11 — 강의 2강까지`), read by
 * nobody as a card.
 */
export function titleSection(sections: Section[], context: NoteContext): number {
  if (!context.builder.user) return -1;
  const at = sections.findIndex((s) => s.title !== '');
  const title = sections[at];
  if (title?.depth !== 1 || (sections[at + 1]?.depth ?? 0) <= 1) return -1;
  // A reference page's title is its command (`# run`, `# docker compose up`): its text describes it.
  const plain = title.title.replace(/`/g, '').trim();
  // (`# docker-notes` is one lowercase word too, but names no command.)
  const named = (words: string) => context.commandsIn(words).some(Boolean);
  if (
    (COMMAND_TITLE.test(plain) && named(`docker ${plain.split(/\s/, 1)[0]}`)) ||
    (DOCKER_TITLE.test(plain) && named(plain))
  )
    return -1;
  return sections.some((s, i) => i !== at && s.depth === 1) ? -1 : at;
}

/** `## 들어가며` / `## 마치며` whose text is about the posts (`지난 글에서 …`, `… 는 다음 글에서`). */
export const framesThePost = (section: Section, text: string) =>
  FRAME_TITLE.test(section.title.trim()) && speaksOfTheNote(text);
