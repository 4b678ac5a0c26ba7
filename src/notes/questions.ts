// How the question-shaped recognizers tell a question from a heading or a sentence, and what of it
// makes its key (the numbering goes: renumbering a question bank must not rename every card).

/** `Q1.`, `Q.`, `Question 3:`, `질문 2)`, `문제 1.`, `12.`: the numbering in front of a question. */
const NUMBERING = /^(?:(?:Q|Question|질문|문제|문항)\s*\d*|\d+)\s*[.):：]\s*/i;
const Q_PREFIX = /^(?:Q|Question|질문|문제|문항)\s*\d*\s*[.):：]\s*/i;
const INTERROGATIVE =
  /^(?:what|how|why|when|where|which|who|whom|whose|is|are|can|could|should|does|do|did|will|explain|describe|define|compare|name|list|differentiate|walk me through|scenario)\b|(?:무엇|뭐|왜|어떻게|언제|어디|어느|누가|설명|차이)|(?:이?란|인가|는가|일까|할까|나요|까요|말해\s*보(?:라|세요|시오)|말하(?:라|시오)|나열하(?:라|시오)|비교하(?:라|시오)|서술하(?:라|시오))\s*$/i;

/** `Answer:`, `### 답변`, `핵심 답변`… : a heading that introduces the answer to the question above. */
export const ANSWER_HEADING =
  /^(?:(?:short|brief|detailed|full|key|the)?\s*answers?|solution|explanation|problem|정답|답|답변|핵심\s*답변|해설|풀이|모범\s*답안)\s*[:：.]?$/i;

/** A `<summary>` that only says "show answer": the question is then outside the details. */
export const SHOW_ANSWER =
  /^(?:답변?\s*보기|정답\s*보기|해설\s*보기|정답|답|답변|내\s*답변?|펼치기|보기|show\s+(?:the\s+)?answers?|(?:my|the|an?)?\s*answers?|solution|reveal|click\s+to\s+(?:show|see|expand|reveal).*)\s*[:：]?$/i;

/** `Q: …`, `**Question:** …`, `질문. …`, `Q1) …`, `Q12 - …`, `Question 8 — …`, `문제: …`: a line that asks (group 1: what follows the label). */
export const Q_LINE =
  /^\s*(?:\*\*|__)?(?:(?:Q|Question|질문|문제?)(?:\*\*|__)?\s*[:：.]|(?:Q|Question|질문|문제)\s*\d+\s*(?:[:：.)]|\s[—–-]\s)|(?:Q|Question)\s+[—–]\s)(?:\*\*|__)?\s*(.*)$/i;
/** `A: …`, `**Answer:** …`, `답: …`, `A1) …` (never `A)`, an option), `A12 - …`, `Answer — …`, `→ 답변: …`, `→ …`: a line that answers (group 1: the answer). */
export const A_LINE =
  /^\s*(?:(?:→|->|=>)\s*(?:(?:\*\*|__)?(?:A|Answer|답|답변|정답)(?:\*\*|__)?\s*[:：.])?|(?:\*\*|__)?(?:(?:A|Answer|답|답변|정답)(?:\*\*|__)?\s*[:：.]|(?:A|Answer|답)\s*\d+\s*(?:[:：.)]|\s[—–-]\s)|(?:A|Answer|답변|정답)\s+[—–]\s))(?:\*\*|__)?\s*(.*)$/i;

/** `⭐`, `🔥`: what an author puts after a question to mark it important (it still ends the question). */
export const IMPORTANCE_MARKS = String.raw`(?:[⭐★☆🔥❗✨💡📌]\uFE0F?\s*)*`;
const MARKED_END = new RegExp(String.raw`[?？]\s*${IMPORTANCE_MARKS}$`, 'u');
/** Only marks of importance (the text after a bold question: `**…?** 🔥`). */
const ONLY_MARKS = new RegExp(String.raw`^\s*${IMPORTANCE_MARKS}$`, 'u');
export const isImportanceMark = (text: string) => ONLY_MARKS.test(text);

export const endsWithQuestionMark = (text: string) => MARKED_END.test(text);

/** `… #card`, `… #flashcards/docker`: tags at the end that mark a heading or an item as a card (Logseq, SR). */
const CARD_TAGS = /(?:\s+#(?:cards?|flashcards?(?:\/[\w/-]*)?|anki|srs?))+\s*$/i;

export const withoutCardTags = (text: string) => text.replace(CARD_TAGS, '');

/** The question without its numbering: what the card's key is made of. */
export function questionKey(text: string): string {
  return text.replace(NUMBERING, '').trim();
}

export const isNumbered = (text: string) => NUMBERING.test(text);
/** `Name the three mount types.`, `Explain …`: words that ask, though no `?` ends them. */
export const asksByItsWords = (text: string) => INTERROGATIVE.test(questionKey(text));
export const hasQuestionPrefix = (text: string) => Q_PREFIX.test(text);

/** A question as people write them: a `?` at the end, or a number or `Q` in front of a question. */
export function readsAsQuestion(text: string): boolean {
  if (endsWithQuestionMark(text)) return true;
  if (hasQuestionPrefix(text)) return true;
  return isNumbered(text) && INTERROGATIVE.test(questionKey(text));
}
