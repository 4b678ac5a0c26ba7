// A file that cannot be imported: one line naming the file and the problem. The problem is data
// (the UI says it in its language, src/ui/messages.ts); the message is its English sentence. The CLI
// turns it into its exit code.

import { type CollectionProblem, collectionProblemText } from '../store/index.js';

export type ExchangeProblem =
  | { say: 'notAZip' }
  | { say: 'unknownFormat' }
  | { say: 'badZip'; detail: string }
  | { say: 'noCollection'; expected: readonly string[] }
  | { say: 'notZstd'; entry: string }
  | { say: 'badZstd'; entry: string; detail: string }
  | { say: 'collection'; problem: CollectionProblem }
  | { say: 'noSeparator' }
  | { say: 'separatorNotOneChar'; named: string }
  | { say: 'badColumn'; key: string; value: string }
  | { say: 'unclosedQuote'; line: number }
  | { say: 'badJson'; detail: string; line?: number; column?: number }
  | { say: 'notABackup'; format: string }
  | { say: 'backupVersion'; got: string; reads: number }
  | { say: 'cardsNotAList' }
  | { say: 'notAnObject'; where: string }
  | { say: 'badField'; where: string }
  | { say: 'cardTwice'; where: string; id: string }
  | { say: 'importedIncomplete'; where: string }
  | { say: 'reviewsWithoutState'; where: string };

/** The English sentence for a problem (after the file name). */
export function exchangeProblemText(problem: ExchangeProblem): string {
  switch (problem.say) {
    case 'notAZip':
      return 'not a zip archive: not an Anki package';
    case 'unknownFormat':
      return 'not a dockstudy backup (JSON), an Anki package (.apkg/.colpkg) or an Anki text export (#separator: headers)';
    case 'badZip':
      return `not a readable zip archive (${problem.detail}); is it truncated?`;
    case 'noCollection':
      return `no collection inside (expected one of ${problem.expected.join(', ')})`;
    case 'notZstd':
      return `${problem.entry} is not zstd-compressed`;
    case 'badZstd':
      return `${problem.entry} cannot be decompressed (${problem.detail})`;
    case 'collection':
      return collectionProblemText(problem.problem);
    case 'noSeparator':
      return 'no #separator: header: not an Anki text export';
    case 'separatorNotOneChar':
      return `#separator:${problem.named} is not one character`;
    case 'badColumn':
      return `#${problem.key} column:${problem.value} is not a column number`;
    case 'unclosedQuote':
      return `line ${problem.line}: a quoted field is never closed`;
    case 'badJson':
      return `not valid JSON (${problem.detail})`;
    case 'notABackup':
      return `not a dockstudy backup (no "format": "${problem.format}")`;
    case 'backupVersion':
      return `backup version ${problem.got} is not one this dockstudy reads (it reads ${problem.reads})`;
    case 'cardsNotAList':
      return '"cards" is not a list';
    case 'notAnObject':
      return `${problem.where} is not an object`;
    case 'badField':
      return `${problem.where} is missing or not valid`;
    case 'cardTwice':
      return `${problem.where}: card '${problem.id}' appears twice`;
    case 'importedIncomplete':
      return `${problem.where}: an imported card needs deck, kind, front, back and lang`;
    case 'reviewsWithoutState':
      return `${problem.where}: reviews without a state`;
  }
}

export class ExchangeError extends Error {
  override name = 'ExchangeError';
  constructor(
    readonly file: string,
    readonly problem: ExchangeProblem,
  ) {
    super(`${file}: ${exchangeProblemText(problem)}`);
  }
}

/** Something an import left out, one line each; data, like the problems (src/ui/messages.ts says it). */
export type ImportNotice =
  | { say: 'emptyFronts'; count: number }
  | { say: 'emptyFrontAt'; line: number }
  | { say: 'cardTwiceAt'; line: number; id: string };
