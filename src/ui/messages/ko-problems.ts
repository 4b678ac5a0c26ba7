// The Korean forms of the problems the store, an Anki collection and the exchange report. Part of
// the Korean catalogue (ko.ts re-exports them, and the bundle keeps them in its file).

import type { ExchangeProblem } from '../../exchange/errors.js';
import type { CollectionProblem, NotDatabase, StoreProblem } from '../../store/index.js';
import { escapeControls } from '../../text/safety.js';

// ---- a whole Korean UI (issue 12, edges): what the store, the exchange and the notes stage say ----
// Those stages keep no UI language: their errors carry what went wrong as data beside an English
// message. English is that message; Korean is said here, one form per kind of problem (the types
// make a missing form a compile error).

/** `1부터 9999까지의 정수`: a setting's range, here and in the settings messages. */
export const rangeKo = (whole: boolean, min: number, max: number) =>
  `${min}부터 ${max}까지의 ${whole ? '정수' : '수'}`;

export type KoForms<P extends { say: string }> = { [K in P['say']]: (p: Extract<P, { say: K }>) => string };
export const koForm = <P extends { say: string }>(forms: KoForms<P>, p: P) =>
  (forms[p.say as P['say']] as (p: P) => string)(p);

const KO_ACCESS = { read: '읽을', write: '쓸' } as const;
const KO_NOT_DATABASE: Record<NotDatabase, string> = {
  'not SQLite': 'SQLite 파일이 아님',
  'a folder': '폴더임',
  'not a regular file': '일반 파일이 아님',
  'an empty file': '빈 파일',
};

export const STORE_PROBLEMS_KO: KoForms<StoreProblem> = {
  nativeAddon: () =>
    'better-sqlite3의 네이티브 애드온이 없거나 다른 Node용으로 빌드되었습니다: `npm rebuild better-sqlite3`를 실행하세요',
  busy: () => '다른 dockstudy가 데이터베이스를 쓰고 있습니다; 그 dockstudy를 닫고 다시 해 보세요',
  diskFull: () => '디스크가 가득 찼습니다; 더 쓰지 않았습니다; 공간을 비우고 다시 해 보세요',
  ioError: (p) => `데이터베이스를 ${KO_ACCESS[p.access]} 수 없습니다 (입출력 오류); 디스크를 확인하세요`,
  pathUnusable: (p) =>
    `여기서는 ${KO_ACCESS[p.access]} 수 없습니다 (${p.code}); DOCKSTUDY_HOME을 폴더로 설정하세요`,
  noPermission: (p) =>
    `여기서는 ${KO_ACCESS[p.access]} 수 없습니다; 권한을 확인하거나 DOCKSTUDY_HOME을 ${KO_ACCESS[p.access]} 수 있는 폴더로 설정하세요`,
  readOnly: (p) =>
    `쓸 수 없습니다: ${p.folder === undefined ? '파일' : `폴더 ${escapeControls(p.folder)}`}이(가) ${p.fileSystem ? '읽기 전용 파일 시스템에 있습니다' : '이 사용자에게 읽기 전용입니다'}; 권한을 확인하거나 DOCKSTUDY_HOME을 쓸 수 있는 폴더로 설정하세요`,
  danglingLink: (p) =>
    `저장소를 ${KO_ACCESS[p.access]} 수 없습니다: 아무것도 가리키지 않는 링크입니다; 링크를 고치거나 DOCKSTUDY_HOME을 설정하세요`,
  notADatabase: (p) =>
    `dockstudy 데이터베이스가 아닙니다 (${KO_NOT_DATABASE[p.what]}); 다른 곳으로 옮기거나 DOCKSTUDY_HOME을 다른 폴더로 설정하세요`,
  damaged: () => '데이터베이스가 손상되었습니다; 더 쓰지 않았습니다; `dockstudy doctor`를 실행하세요',
  foreign: (p) =>
    `dockstudy가 아닌 다른 프로그램의 데이터베이스입니다 (application_id ${p.applicationId}); 건드리지 않았습니다; 다른 곳으로 옮기거나 DOCKSTUDY_HOME을 다른 폴더로 설정하세요`,
  tooNew: (p) =>
    `더 새로운 dockstudy가 만든 저장소입니다 (스키마 ${p.version}, 이 dockstudy는 ${p.known}까지 압니다); 건드리지 않았습니다; dockstudy를 업그레이드하세요`,
  badSetting: (p) =>
    `${p.setting}은(는) ${rangeKo(p.whole, p.min, p.max)}여야 합니다 (${p.writing ? '받은' : '저장된'} 값: ${p.got})${p.writing ? '; 아무것도 바꾸지 않았습니다' : ''}`,
};

export const COLLECTION_PROBLEMS_KO: KoForms<CollectionProblem> = {
  notSqlite: () => '컬렉션이 SQLite 데이터베이스가 아닙니다',
  noTable: (p) => `컬렉션에 ${p.table} 테이블이 없습니다`,
  noColRow: () => '컬렉션에 col 행이 없습니다',
  unreadable: (p) => `컬렉션을 읽을 수 없습니다 (${p.code})`,
  badJson: (p) => `컬렉션의 ${p.what}이(가) 올바른 JSON이 아닙니다`,
};

export const EXCHANGE_PROBLEMS_KO: KoForms<ExchangeProblem> = {
  notAZip: () => 'zip 파일이 아니므로 Anki 패키지가 아닙니다',
  unknownFormat: () =>
    'dockstudy 백업(JSON), Anki 패키지(.apkg/.colpkg), Anki 텍스트 내보내기(#separator: 머리줄) 중 어느 것도 아닙니다',
  badZip: () => '읽을 수 있는 zip 파일이 아닙니다; 파일이 잘리지 않았는지 확인하세요',
  noCollection: (p) => `안에 컬렉션이 없습니다 (${p.expected.join(', ')} 중 하나가 있어야 합니다)`,
  notZstd: (p) => `${p.entry}이(가) zstd로 압축되어 있지 않습니다`,
  badZstd: (p) => `${p.entry}의 압축을 풀 수 없습니다`,
  collection: (p) => koForm(COLLECTION_PROBLEMS_KO, p.problem),
  noSeparator: () => '#separator: 머리줄이 없으므로 Anki 텍스트 내보내기가 아닙니다',
  separatorNotOneChar: (p) => `#separator:${p.named}은(는) 한 글자가 아닙니다`,
  badColumn: (p) => `#${p.key} column:${p.value}은(는) 열 번호가 아닙니다`,
  unclosedQuote: (p) => `${p.line}번째 줄: 따옴표로 시작한 필드가 닫히지 않습니다`,
  badJson: (p) =>
    `올바른 JSON이 아닙니다${p.line === undefined ? '' : ` (${p.line}번째 줄 ${p.column}번째 글자)`}`,
  notABackup: (p) => `dockstudy 백업이 아닙니다 ("format": "${p.format}"이(가) 없습니다)`,
  backupVersion: (p) =>
    `백업 버전 ${p.got}은(는) 이 dockstudy가 읽을 수 없습니다 (읽을 수 있는 버전: ${p.reads})`,
  cardsNotAList: () => '"cards"가 목록이 아닙니다',
  notAnObject: (p) => `${p.where}이(가) 객체가 아닙니다`,
  badField: (p) => `${p.where}이(가) 없거나 올바르지 않습니다`,
  cardTwice: (p) => `${p.where}: '${p.id}' 카드가 두 번 나옵니다`,
  importedIncomplete: (p) => `${p.where}: 가져온 카드에는 deck, kind, front, back, lang이 모두 있어야 합니다`,
  reviewsWithoutState: (p) => `${p.where}: 카드 상태 없이 복습 기록만 있습니다`,
};
