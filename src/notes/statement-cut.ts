// Where a statement with no name set apart is cut for a card of its own: what it leads to is asked.
//   - Containers share the host kernel, so they boot in well under a second.
//     → `Containers vs VMs › Containers share the host kernel, so [...]`
//   - 컨테이너를 지우면 쓰기 레이어도 같이 사라진다.  → `… › 컨테이너를 지우면 [...]`
//   - 이미지 레이어는 읽기 전용이다.                   → `… › 이미지 레이어는 [...]`
// Cut at a clause's joint first (`, so`, `because`, `:`, `—`, `때문에`, `면`), else after the subject
// (a Korean topic, an English verb), so that the front names what the statement is about and the
// blank is what it says of it. A statement with neither is left to its section's card.
import { blankCode, plainOf } from './markdown.js';

/** A joint between what a sentence starts from and what it leads to. */
const EN_JOINT =
  /,\s+(?:so|which|while|but|whereas|meaning|otherwise|because|since|unless|and\s+so)\s|\s(?:because|so\s+that|so|unless|instead\s+of|rather\s+than|therefore|until|only\s+if)\s|[:;]\s|\s[—–-]\s/gi;
/** A sentence that opens with its condition or reason: `Because the kernel is shared, …`. */
const EN_OPENING =
  /^(?:because|since|if|when|whenever|unless|once|without|after|before|while|as\s+long\s+as)\s[^,]{6,}?,\s/i;
/** The same in Korean: a reason or condition ending (`…때문에`, `…하면`, `…라서`), or a colon or dash. */
const KO_JOINT =
  /(?:때문에|(?<=\p{Script=Hangul})(?:므로|니까|지만|는데|려면|면)|(?:[해어아여라워와져려돼봐줘써])서),?\s|[:;]\s|\s[—–-]\s/gu;
/** A Korean subject or topic within the first words: `이미지 레이어는`, `overlay2 가`. */
const KO_SUBJECT = /^(?:\S+\s+){0,3}?\S*?(?:\p{Script=Hangul}|\w)\s?(?:은|는|이란|란)\s/u;
/** `기다리는`, `같은`: a verb's or an adjective's form before a noun, which ends like a topic but names none. */
const KO_BEFORE_NOUN =
  /(?:하|되|있|없|리|쓰|보|두|주|오|가|나|내|우|르|드|않|받|붙|찾|읽|드|키|치|기|같|다|많|작|좋|높|낮|적|짧|넓|남|놓|넣|맞|붙)[은는]\s$/u;
/** The last word of a fragment that goes on in the next line: `…필요하고`, `…끼리만`, `…때문에`. */
const KO_GOES_ON =
  /(?:고|며|서|만|게|면|까|데|도|을|를|의|와|과|로|에|은|는|이|가|한|된|인|할|될|던|랑|께|및|처럼|보다|때문에)$/u;
/** `… 잃어버려서 [이렇게 된다]`, `… so [that's why]`: a tail that says its fact only by pointing back. */
const POINTS_BACK =
  /^(?:이래서|그래서|이게|그게|이건|그건|(?:this|that|it)(?:'s|\s+is)?\s+(?:why|how|it)\b)|(?:이렇게|그렇게|이런|그런)\s|\b(?:this\s+way|like\s+(?:this|that))\b/i;
/** `The key idea:`, `Why it matters:`, `Fix for both:`: a label before a colon, which names nothing. */
const LABEL_COLON = /^(?:\S+\s+){0,3}\S+[:：]\s$/;
/** An English verb a note's statement often turns on, within its first words. */
const EN_VERB =
  /^(?:\S+\s+){1,6}?(?:is|are|was|were|isn't|aren't|can't|cannot|doesn't|don't|won't|gets|needs|means|keeps|makes|runs|uses|stays|starts|stops|lives|shares|share|sees|takes|sends|reads|writes|creates|removes|adds|holds|points|survives|lets|allows|becomes|belong|belongs|depends|happens|works|ignores|applies|wins|beats|replaces|overrides)(?:\s+(?:not|only|never|always|also))?\s/i;

const words = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]{2}/u.test(plainOf(w))).length;
/** A statement's tail that is one answer, not a paragraph: a card asks one thing. */
const MAX_TAIL_WORDS = 30;

/**
 * Where the blank of `shown` (a statement's markdown) starts, or undefined when it has no joint or
 * subject to cut after. Never inside code: `-p 8080:80` holds a colon.
 */
export function statementCut(shown: string): number | undefined {
  const masked = blankCode(shown);
  const korean = /\p{Script=Hangul}/u.test(masked);
  // (A Korean line that ends mid-sentence is half a statement.)
  if (korean && KO_GOES_ON.test(plainOf(masked).replace(/[\s.,!?)\]~ㅜㅠ]+$/u, ''))) return undefined;
  const fits = (at: number) => {
    const head = shown.slice(0, at);
    const tail = shown.slice(at);
    return (
      words(head) >= (korean ? 1 : 2) &&
      words(tail) >= 2 &&
      words(tail) <= MAX_TAIL_WORDS &&
      // (Brackets or bold open at the joint are an aside's or a phrase's: `(so it …)`, `**the … lives**`.)
      (head.match(/\(/g)?.length ?? 0) === (head.match(/\)/g)?.length ?? 0) &&
      (head.match(/\*\*/g)?.length ?? 0) % 2 === 0 &&
      !POINTS_BACK.test(plainOf(tail).trim())
    );
  };
  const opening = korean ? undefined : EN_OPENING.exec(masked);
  if (opening && fits(opening[0].length)) return opening[0].length;
  for (const m of masked.matchAll(korean ? KO_JOINT : EN_JOINT)) {
    const at = m.index + m[0].length;
    if (!LABEL_COLON.test(masked.slice(0, at)) && fits(at)) return at;
  }
  const subject = (korean ? KO_SUBJECT : EN_VERB).exec(masked);
  if (!subject || (korean && KO_BEFORE_NOUN.test(subject[0]))) return undefined;
  return fits(subject[0].length) ? subject[0].length : undefined;
}
