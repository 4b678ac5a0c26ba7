// The Korean catalogue: the same keys and shapes as en.ts (the type says so). The Korean forms of
// the notes stage's English diagnostics (ko-notes.ts) and of the problems the store and the exchange
// report (ko-problems.ts) are part of it.

import type { GraderWords, Messages, SessionWords } from './en.js';
import { rangeKo } from './ko-problems.js';
import { OVERRIDE_COMMAND } from './override.js';

/** The argument a container's command follows, in Korean; other names stay as docker prints them. */
const TARGETS_KO: Record<string, string> = { image: '이미지', container: '컨테이너' };
const targetKo = (target: string) => TARGETS_KO[target] ?? target;

const graderKo: GraderWords = {
  'wrong-command': (p) => `다른 명령입니다: ${p.expected}이(가) 맞고, ${p.actual}을(를) 입력했습니다`,
  'missing-flag': (p) => `빠짐: ${p.label}${p.short ? ` (${p.short})` : ''}`,
  'extra-flag': (p) => `필요 없음: ${p.label}`,
  'wrong-value': (p) => `${p.what} 값이 다릅니다: ${p.expected}이(가) 맞고, ${p.actual}을(를) 입력했습니다`,
  'missing-argument': (p) => `빠짐: ${p.name} ${p.value}`,
  'extra-argument': (p) => (p.name ? `필요 없음: ${p.name} ${p.value}` : `필요 없는 인자: ${p.value}`),
  'command-after': (p) => {
    const target = targetKo(p.target);
    const said =
      p.actual === undefined
        ? `${target} 뒤에 '${p.expected}' 명령이 와야 하는데 없습니다`
        : p.expected === undefined
          ? `${target} 뒤에는 아무것도 없어야 하는데 '${p.actual}'이(가) 있습니다`
          : `${target} 뒤의 명령이 다릅니다: '${p.expected}'이(가) 맞고, '${p.actual}'을(를) 입력했습니다`;
    return p.stray ? `${said} (${target} 뒤의 ${p.stray}은(는) docker가 아니라 컨테이너에 전달됩니다)` : said;
  },
  redirect: (p) =>
    p.actual === undefined
      ? `빠짐: 리디렉션 '${p.expected}'`
      : p.expected === undefined
        ? `필요 없는 리디렉션: '${p.actual}'`
        : `리디렉션이 다릅니다: '${p.expected}'이(가) 맞고, '${p.actual}'을(를) 입력했습니다`,
  'expected-unparsable': (p, say) => `정답 명령을 읽을 수 없습니다: ${say(p.reason)}`,
  uncomparable: () => 'dockstudy가 두 명령을 비교하지 못했습니다',
  'not-text': () => '텍스트 한 줄이어야 합니다',
  empty: () => '답이 비어 있습니다: docker 명령을 입력하세요',
  'not-docker': (p) => `'${p.word}'은(는) docker 명령이 아닙니다: 답을 'docker'로 시작하세요`,
  'no-command': () => "'docker' 뒤에 명령이 없습니다 (예: docker run, docker ps)",
  'one-command-only': (p) =>
    `docker 명령은 한 번에 하나만 확인할 수 있습니다: '${p.operator}'부터 끝까지 지우세요`,
  'redirect-no-file': (p) => `리디렉션 '${p.operator}' 뒤에 파일이 없습니다`,
  'uncovered-command': (p) =>
    `${p.command}은(는) 실제 docker 명령이지만, dockstudy가 아직 그 옵션을 모릅니다`,
  'needs-subcommand': (p) => `${p.group}에는 하위 명령이 필요합니다 (예: ${p.examples.join(', ')})`,
  'unknown-command': (p) =>
    `'${p.command}'은(는) 없는 명령입니다${p.suggestion ? ` (혹시 ${p.suggestion}?)` : ''}`,
  'too-few-arguments': (p) =>
    `${p.command}에는 인자가 ${p.exactly ? '정확히' : '최소'} ${p.min}개 필요합니다 (${p.usage}), 입력한 인자: ${p.got}개`,
  'too-many-arguments': (p) =>
    `${p.command}은(는) 인자를 최대 ${p.max}개 받습니다 (${p.usage}), 입력한 인자: ${p.got}개`,
  'no-arguments': (p) => `${p.command}은(는) 인자를 받지 않습니다 (입력: '${p.first}')`,
  'unknown-flag': (p) =>
    `${p.command}에는 '${p.flag}' 플래그가 없습니다${p.within ? ` ('${p.within}' 안)` : ''}${p.suggestion ? ` (혹시 ${p.suggestion}?)` : ''}`,
  'flag-needs-value': (p) => `${p.command}의 '${p.flag}' 플래그에는 값이 필요합니다`,
  'bad-flag': (p) => `'${p.word}'은(는) 올바른 플래그가 아닙니다`,
  'needs-boolean': (p) => `${p.flag}에는 true나 false가 와야 합니다 (입력: '${p.value}')`,
  'needs-whole-number': (p) => `${p.flag}에는 정수가 와야 합니다 (입력: '${p.value}')`,
  'needs-number': (p) => `${p.flag}에는 숫자가 와야 합니다 (입력: '${p.value}')`,
  'out-of-range': (p) => `${p.flag} 값이 범위를 벗어났습니다: '${p.value}'`,
  'too-many-decimals': (p) => `${p.flag}: 소수점 아래는 9자리까지입니다 (입력: '${p.value}')`,
  unclosed: (p) =>
    ({
      backtick: '닫히지 않은 백틱: 닫는 ` 기호를 붙이세요',
      substitution: '닫히지 않은 $( … ): 닫는 ) 기호를 붙이세요',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: names the shell's ${…}, not a template.
      parameter: '닫히지 않은 ${ … }: 닫는 } 기호를 붙이세요',
      'single-quote': "닫히지 않은 작은따옴표: 닫는 ' 기호를 붙이세요",
      'double-quote': '닫히지 않은 큰따옴표: 닫는 " 기호를 붙이세요',
    })[p.what],
  'lone-backslash': () => '줄이 백슬래시 하나로 끝납니다',
  unreadable: () => 'dockstudy가 이 명령을 읽지 못했습니다',
};

const sessionKo: SessionWords = {
  grader: graderKo,
  units: {
    seconds: (n) => `${n}초`,
    minutes: (n) => `${n}분`,
    hours: (n) => `${n}시간`,
    days: (n) => `${n}일`,
    months: (n) => `${n}개월`,
    years: (n) => `${n}년`,
  },
};

const CARD_KINDS_KO: Record<string, string> = {
  command: '명령',
  flag: '플래그',
  instruction: '명령어',
  term: '용어',
  concept: '개념',
  qa: '질문',
  cloze: '빈칸',
};

export const ko: Messages = {
  ...sessionKo,
  decks: {
    header: ['덱', '제목', '카드', '새 카드', '복습'],
    builtinMissing: (path) => `내장 덱이 없습니다 (${path}); 'npm run build'를 실행하세요`,
  },
  cards: { header: ['id', '종류', '앞면'], none: '맞는 카드가 없습니다.' },
  card: {
    reveal: 'Space/Enter: 정답 보기 · q: 끝내기',
    rateHint: '(1–4: 복습 일정에 기록, 다른 키: 나가기)',
    rated: (interval) => `기록했습니다. ${interval} 후에 다시 나옵니다.`,
    states: { new: '새 카드', learning: '학습 중', review: '복습', relearning: '재학습' },
    due: (when) => `복습 예정 ${when}`,
    interval: (span) => `간격 ${span}`,
    lapses: (n) => `잊음 ${n}번`,
    reviews: (n) => `복습 ${n}번`,
    buriedUntil: (when) => `${when}까지 묻어둠`,
  },
  unknown: {
    card: (id) => `'${id}' 카드가 없습니다`,
    deck: (id) => `'${id}' 덱이 없습니다`,
    didYouMean: (ids) => `혹시 ${ids.map((i) => `'${i}'`).join(' 또는 ')}?`,
    decksAvailable: (ids) => `덱 목록: ${ids.join(', ')}`,
  },
  config: { fix: (setting) => `고치려면: dockstudy config set ${setting} <값>` },
  answer: {
    rebased: (id) => `${id} 카드는 그사이 다른 세션에서 답했습니다: 이 답은 그 기록에 이어서 예약했습니다.`,
  },
  review: {
    grades: ['다시', '어려움', '좋음', '쉬움'],
    done: '완료',
    learning: '학습 중',
    due: '복습',
    new: '새 카드',
    reveal: 'Space/Enter: 정답 보기 · u: 되돌리기 · q: 끝내기',
    plainAsk: '평가 (1-4, again/hard/good/easy, u = 되돌리기, q = 끝내기)',
    plainBad: (input: string) => `'${input}'은(는) 평가가 아닙니다: 1, 2, 3, 4 중 하나를 입력하세요`,
    nothing: '지금 복습할 카드가 없습니다.',
    nextDue: '다음 복습',
    summary: (done: number, again: number, minutes: string) =>
      `${done}장 복습, 다시 ${again}장 (${done ? Math.round((again / done) * 100) : 0}%), ${minutes}`,
    undone: (id: string) => `되돌림: ${id}`,
    nothingToUndo: '되돌릴 답이 없습니다.',
    undoRefused: (id: string) => `${id} 카드는 되돌릴 수 없습니다: 그 뒤에 다른 세션에서 답했습니다`,
    undoGone: (id: string) => `${id} 카드는 되돌릴 수 없습니다: 그 답이 저장소에 더 이상 없습니다`,
    kinds: CARD_KINDS_KO,
    minutesLeft: (minutes) => (minutes < 1 ? '1분 미만' : `약 ${minutes}분`),
    keysFront: (typeable) =>
      `Space/Enter: 정답${typeable ? ' · t: 직접 입력' : ''} · ?: 키 도움말 · q: 끝내기`,
    keysBack: '1–4: 평가 · Space/Enter: 좋음 · u: 되돌리기 · ?: 키 도움말 · q: 끝내기',
    keysShort: '?: 키 도움말 · q: 끝내기',
    keysHelpClose: '아무 키: 카드로 돌아가기 (↑↓: 스크롤)',
    moreAbove: (lines) => `위로 ${lines}줄 더`,
    moreBelow: (lines) => `아래로 ${lines}줄 더`,
    scrollHint: '↑↓ j k: 스크롤',
    helpTitle: '키',
    help: [
      ['Space, Enter', '정답 보기. 정답 면에서는 좋음'],
      ['1 2 3 4', '다시, 어려움, 좋음, 쉬움 (각각 다시 나올 때 표시)'],
      ['t', '명령을 직접 입력 (명령 카드). 채점 결과로 평가를 제안'],
      ['u', '마지막 답, 보류, 묻어두기, 표시를 되돌리기'],
      ['s', '카드 보류: 풀 때까지 복습에 나오지 않음'],
      ['b', '카드를 내일까지 묻어두기'],
      ['f', '카드에 표시하거나 표시 지우기'],
      ['e', '$VISUAL 또는 $EDITOR로 카드 고치기 (노트의 카드)'],
      ['↑↓ j k PgUp/Dn', '화면보다 긴 카드 스크롤. Home, End: 처음, 끝으로'],
      ['q, Esc, Ctrl-D', '세션 끝내기'],
      ['Ctrl-C', '세션 끝내기 (종료 코드 130)'],
    ],
    marks: { suspended: '보류됨', buried: '내일까지 묻어둠', flagged: '표시됨', leech: '거머리' },
    marked: {
      suspend: (id) => `${id} 카드를 보류했습니다: 복습에 나오지 않습니다 (u: 되돌리기).`,
      bury: (id) => `${id} 카드를 내일까지 묻어두었습니다 (u: 되돌리기).`,
      flag: (id) => `${id} 카드에 표시했습니다.`,
      unflag: (id) => `${id} 카드의 표시를 지웠습니다.`,
    },
    unmarked: {
      suspend: (id) => `되돌림: ${id} 보류`,
      bury: (id) => `되돌림: ${id} 묻어두기`,
      flag: (id) => `되돌림: ${id} 표시`,
    },
    leech: (id, lapses) =>
      `${id} 카드를 ${lapses}번 잊었습니다: 거머리(leech)로 표시하고 보류했습니다 (dockstudy cards --state leech).`,
    suggested: (grade) => `제안: ${grade} (Space/Enter: 그대로, 1–4: 바꾸기)`,
    typePrompt: '명령을 입력하고 Enter로 확인, Esc: 돌아가기',
    edit: {
      builtin: '기본 카드는 고칠 수 없습니다: 노트에 직접 쓰고 --notes로 공부하세요.',
      gone: '그 카드가 노트에 더 이상 없습니다: 이번 세션에서 뺍니다.',
      edited: (id) => `${id} 카드를 노트에서 다시 읽었습니다.`,
      noEditor: '카드를 고치려면 $VISUAL 또는 $EDITOR를 설정하세요.',
      failed: (message) => `편집기를 실행하지 못했습니다: ${message}`,
    },
    summaryHidden: (suspended, buried, leeches) =>
      [
        suspended ? `보류 ${suspended}장` : '',
        buried ? `묻어둠 ${buried}장` : '',
        leeches ? `거머리 ${leeches}장` : '',
      ]
        .filter(Boolean)
        .join(', '),
    stillDue: (count, command) => `아직 복습할 카드 ${count}장 — ${command}`,
    newLeft: (count, command) => `오늘 남은 새 카드 ${count}장 — ${command}`,
    newUsed: (perDay, byQuiz, byReview, command) =>
      `오늘의 새 카드 ${perDay}장을 ${byQuiz && byReview ? `퀴즈(${byQuiz}장)와 복습(${byReview}장)에서 ` : byQuiz ? '퀴즈에서 ' : ''}모두 썼습니다 — ${command}`,
    learnAhead: '20분 안에 돌아올 학습 중 카드를 미리 보여 줍니다.',
  },
  quiz: {
    right: '정답',
    wrong: '오답, 정답은',
    score: '점수',
    missed: '틀린 카드 — 다시 보기:',
    keys: { navigate: '↑↓ 이동', select: '⏎ 선택' },
    stoppedScore: (right, answered, total) =>
      `${answered}문제 중 ${right}문제 정답 (${total}문제 중 ${answered}문제에서 멈춤)`,
    empty: '(답 없음)',
    readAs: '이렇게 읽음',
    short: (made, asked) =>
      `이 카드들로는 서로 다른 질문을 ${made}개만 만들 수 있어(요청 ${asked}개) 그만큼만 냅니다.`,
    overrideKey: 'r(ㄱ): 내 답이 맞음 · 다른 키: 다음',
    overrideLine: `다음 줄에 ${OVERRIDE_COMMAND}: 내 답이 맞음`,
    overridden: '맞은 것으로 기록했습니다',
    nothingToOverride: `${OVERRIDE_COMMAND}: 방금 답은 오답 판정이 아니었습니다. 이 질문에 답하세요`,
  },
  doctor: {
    ok: (file) => `${file}: 정상 (integrity_check가 모든 페이지와 색인을 확인했습니다)`,
    missing: (file) => `${file}: 아직 저장소가 없어 확인할 것이 없습니다`,
    damaged: (file) => `${file}: 손상됨; 아무것도 바꾸지 않았습니다`,
    unusable: '저장소를 쓸 수 없습니다:',
    backup: (path) => `가장 최근 백업: ${path}`,
    restore: (file, backup) => `복원하려면: mv '${file}' '${file}.damaged' && cp '${backup}' '${file}'`,
    noBackup: '저장소 옆이나 이 폴더에 백업(dockstudy-YYYY-MM-DD.db)이 없습니다',
  },
  stats: {
    title: '학습 통계',
    allDecks: '모든 덱',
    deck: (id, title) => (title && title !== id ? `${id} 덱 (${title})` : `${id} 덱`),
    cards: '카드',
    new: '새 카드',
    learning: '학습 중',
    review: '복습',
    relearning: '재학습',
    reviewsToday: '오늘 복습',
    reviewsTotal: '전체 복습',
    retention: (days) => `기억률 (최근 ${days}일)`,
    retentionDetail: (passed, answers) => `복습 답 ${answers}개 중 ${passed}개 기억`,
    retentionNone: '아직 복습 단계의 답이 없습니다',
    streak: '연속 학습',
    streakValue: (days) => `${days}일`,
    reviewsChart: (days) => `일별 복습 수 (최근 ${days}일)`,
    dueChart: (days) => `일별 복습 예정 카드 (앞으로 ${days}일)`,
    noReviews: "아직 복습 기록이 없습니다. 'dockstudy quiz'로 카드에 답하며 시작하세요.",
    overrides: (n) => `오답 판정 뒤 맞음으로 바꾼 퀴즈 답: ${n}개`,
  },
  notes: {
    added: (path) => `기억함: ${path}`,
    already: (path) => `이미 기억하고 있음: ${path}`,
    removed: (path) => `잊음: ${path}`,
    notRemembered: (path) => `${path}은(는) 기억한 노트가 아닙니다 (목록: dockstudy notes list)`,
    none: '기억한 노트가 없습니다. 파일이나 폴더를 추가하려면: dockstudy notes add 경로',
    missingMark: '(없음)',
    noSuchPath: (given) => `--notes ${given}: 그런 파일이나 폴더가 없습니다`,
    notFileOrFolder: (given) => `--notes ${given}: 파일도 폴더도 아닙니다`,
    noMarkdown: (given) => `--notes ${given}: 이 폴더에 .md 파일이 없습니다`,
    vanished: (path) =>
      `경고: 기억한 노트 ${path}이(가) 없어져 건너뜁니다 (잊으려면: dockstudy notes remove ${path})`,
  },
  paths: { store: '저장소', cache: '캐시' },
  lint: {
    needPaths: 'lint: 검사할 노트를 지정하세요 (.md 파일이나 폴더)',
    summary: (cards, skipped, errors, warnings) =>
      `카드 ${cards}장, 건너뛴 부분 ${skipped}곳, 오류 ${errors}개, 경고 ${warnings}개`,
    errors: (n) => `노트에 오류 ${n}개`,
    error: '오류: ',
    note: (file, deck, cards, skipped) => `${file}: 덱 '${deck}', 카드 ${cards}장, 건너뜀 ${skipped}곳`,
    leftOut: '(빠짐)',
    skipped: '건너뜀',
    kinds: CARD_KINDS_KO,
  },
  output: { failed: (code) => `출력을 쓸 수 없습니다 (${code})` },
  unexpected: (message) => `예상하지 못한 오류: ${message}`,
  badNow: (value) => `DOCKSTUDY_NOW가 ISO 8601 시각이 아닙니다: '${value}' (예: 2026-03-01T09:00:00Z)`,
  commander: {
    titles: {
      'Usage:': '사용법:',
      'Arguments:': '인자:',
      'Options:': '옵션:',
      'Global Options:': '공통 옵션:',
      'Commands:': '명령:',
    },
    default: '기본값',
    choices: '선택',
    help: '명령의 도움말 보기',
    version: '버전 보기',
    helpAfterError: '(사용법: dockstudy --help)',
    unknownOption: (flag) => `오류: 알 수 없는 옵션 '${flag}'`,
    unknownCommand: (name) => `오류: 알 수 없는 명령 '${name}'`,
    didYouMean: (names) => `(혹시 ${names}?)`,
    missingArgument: (name) => `오류: 필요한 인자 '${name}'이(가) 없습니다`,
    optionArgumentMissing: (flags) => `오류: 옵션 '${flags}'에 값이 없습니다`,
    tooManyArguments: (expected, got) =>
      `오류: 인자가 너무 많습니다: ${expected}개를 받는데 ${got}개가 왔습니다`,
    invalidArgument: (flags, value) => `오류: 옵션 '${flags}'의 값 '${value}'은(는) 쓸 수 없습니다`,
    invalidOperand: (value, name) => `오류: '${value}'은(는) ${name}(으)로 쓸 수 없습니다`,
    allowed: (choices) => `(가능한 값: ${choices})`,
  },
  help: {
    program: '터미널에서 Docker 배우기: 마크다운 노트로 만든 카드 덱.',
    notes: '내 노트 추가 (.md 파일이나 폴더), 여러 번 가능; 기억한 노트에 더해짐',
    builtin: '내장 덱 빼기',
    lang: '내용과 UI 언어, 대소문자 무관 (기본값: 로캘에서)',
    color: '색 없이 (NO_COLOR=1과 같음)',
    quiz: '하나 이상의 덱(또는 전체)으로 퀴즈, 모든 답을 채점',
    quizCount: '문제 수',
    quizTypes: '문제 유형: choice,typed,cloze,scenario',
    quizSeed: '같은 시드는 같은 퀴즈',
    quizPrint: '묻지 않고 퀴즈를 출력 (학습지)',
    quizJson: '--print와 함께: 문제를 JSON으로',
    quizPlain: '프롬프트 없이: 문제를 출력하고 답을 한 줄씩 읽음',
    quizRecord: '연습만: 답을 복습 기록으로 남기지 않음',
    review: '간격 반복: 때가 된 카드를 다시/어려움/좋음/쉬움으로 평가',
    reviewDue: '복습할 카드만 (새 카드 없이)',
    reviewDeck: '이 덱만',
    reviewNew: '이번 세션의 새 카드 수 (하루 할당 대신)',
    reviewLimit: '이만큼 답하면 멈춤',
    reviewPlain: '키 입력 없이: 카드를 출력하고 평가를 한 줄로 읽음',
    reviewJson: '세션 없이: 프롬프트와 상태 표시줄용 {"due", "new", "cards"} 출력',
    stats: '진행 상황: 상태별 카드, 복습, 기억률, 연속 학습, 일별 복습과 복습 예정',
    statsDeck: '이 덱의 카드만',
    statsOverrides: '틀렸다고 채점됐지만 맞다고 표시한 퀴즈 답 목록',
    json: 'JSON으로 출력',
    card: '카드 하나 보기: 앞면, 키를 누르면 정답',
    cardReveal: '기다리지 않고 앞면과 뒷면 출력',
    cards: '덱(또는 모든 덱)의 카드 목록',
    cardsJson: '카드 기록을 JSON으로 출력',
    cardsSearch: 'TEXT의 모든 단어가 들어 있는 카드만',
    cardsState:
      '새 카드, 학습 중, 복습, 재학습, 보류, 묻어 둠, 깃발, 거머리(leech), 복습할 때가 된 카드 중 하나만',
    decks: '덱 목록과 카드 수',
    lint: '노트 검사: 모든 문제를 file:line으로, 어느 줄이 어느 카드가 됐는지, 무엇을 건너뛰었는지',
    notesGroup: '--notes 없이도 모든 명령이 읽는 노트: add, list, remove',
    notesAdd: '노트 파일이나 폴더를 기억',
    notesList: '기억한 노트 출력',
    notesRemove: '기억한 노트 잊기',
    config: '학습 설정 보기와 바꾸기 (retention, new-per-day); dockstudy가 파일을 두는 곳',
    configGet: '설정 하나 또는 전부 출력',
    configSet:
      '설정 바꾸기: retention 0.7–0.99 (기본값 0.9), new-per-day 0–9999 (기본값 20), leech-threshold 1–99 (기본값 8), max-answer-seconds 10–3600 (기본값 60)',
    configSetJson: '새 값을 JSON으로 출력',
    configList: '모든 설정 출력',
    configPath: '저장소와 캐시의 위치 출력',
    completion: '셸 자동 완성 스크립트 출력: bash, zsh, fish',
    export: '카드를 상태와 복습 기록과 함께 내보냄: JSON 백업, Anki 텍스트, Anki 패키지, CSV',
    exportFormat: 'json(백업), anki(텍스트 가져오기), apkg(패키지), csv',
    exportDeck: '이 덱만 (여러 번 쓸 수 있음)',
    exportOut: '표준출력 대신 FILE에 씀 (apkg에는 꼭 필요)',
    import: 'dockstudy 백업, Anki 패키지(.apkg/.colpkg), Anki 텍스트 내보내기를 가져옴',
    backup: '진행 상황의 일관된 사본 (기본: 현재 폴더의 dockstudy-backup-날짜.db)',
    doctor: '저장소 전체를 검사(integrity_check)하고 가장 최근 백업을 알려 줌',
    doctorJson: '검사 결과를 JSON으로 출력',
    examples: `
예:
  $ dockstudy quiz dockerfile                Dockerfile 명령어 퀴즈 10문제
  $ dockstudy quiz container --types typed   docker 명령을 입력하면 의미로 채점
  $ dockstudy review --due                   오늘 복습할 카드 (FSRS 일정)
  $ dockstudy review --due --json            셸 프롬프트용 {"due": N, "new": M, "cards": [...]}
  $ dockstudy stats                          진행 상황, 기억률, 연속 학습, 차트 두 개
  $ dockstudy config set new-per-day 30      학습 설정 (retention, new-per-day)
  $ dockstudy decks                          덱과 덱마다의 카드 수
  $ dockstudy cards container                덱 하나의 카드
  $ dockstudy cards --search publish --json  검색 결과를 JSON으로
  $ dockstudy card container-run             카드 하나: 앞면, 키를 누르면 정답
  $ dockstudy notes add ~/notes/docker       내 노트를 앞으로 모든 명령이 읽음
  $ dockstudy --notes ~/notes/docker.md cards --no-builtin
                                             내 마크다운 노트를 이번 한 번 덱으로
  $ dockstudy --lang ko card dockerfile-cmd  한국어 내용
  $ dockstudy lint ~/notes                   노트가 무엇이 되는지, 모든 문제와 그 줄
  $ dockstudy export --format apkg --out my.apkg
                                             모든 카드를 일정과 함께 Anki 패키지로
  $ dockstudy import deck.apkg               Anki 덱과 그 기록 (또는 백업, Anki 텍스트)
  $ dockstudy backup                         날짜가 붙은 진행 상황 사본
  $ dockstudy doctor                         저장소 전체 검사, 손상됐으면 가장 최근 백업
  $ source <(dockstudy completion bash)      명령, 옵션, 덱, 카드의 탭 자동 완성

환경 변수:
  DOCKSTUDY_HOME     저장소 폴더 (기본값: 플랫폼의 데이터 폴더)
  DOCKSTUDY_NOTES    --notes처럼 읽을 노트, 경로를 ':'로 이음
  DOCKSTUDY_NOW      시계, ISO 8601 시각 (시연과 테스트용)
  NO_COLOR           있으면 색 없음; FORCE_COLOR는 파이프에서도 색 (0: 없음)
  LANGUAGE, LC_ALL, LC_MESSAGES, LANG
                     --lang이 없을 때 UI 언어 (ko*는 한국어)
  XDG_CACHE_HOME     파싱한 노트 캐시를 두는 곳

종료 코드:
  0 완료 · 1 실패 · 2 잘못된 사용 · 130 중단됨 (Ctrl-C)
`,
  },
  exchange: {
    imported: (file, kind, c) =>
      `${file} (${kind}): 카드 추가 ${c.cards.added}, 갱신 ${c.cards.updated}, 건너뜀 ${c.cards.skipped}; ` +
      `복습 기록 추가 ${c.reviews.added}, 건너뜀 ${c.reviews.skipped}`,
    exported: (file, cards) => `${file}: 카드 ${cards}장을 썼습니다`,
    backedUp: (file) => `${file}에 백업했습니다`,
    apkgNeedsOut: '--format apkg는 zip 파일을 씁니다: --out FILE로 파일 이름을 주세요',
    exists: (file) => `${file}이(가) 이미 있습니다. 다른 이름을 주세요`,
    noStore: (file) => `${file}: 아직 저장소가 없어 백업할 것이 없습니다`,
    unreadable: (file, code) => `${file}: 읽을 수 없습니다 (${code})`,
    unwritable: (file, code) => `${file}: 쓸 수 없습니다 (${code})`,
    kinds: { backup: '백업', 'anki package': 'Anki 패키지', 'anki text': 'Anki 텍스트' },
    notice: (file, n) =>
      n.say === 'emptyFronts'
        ? `${file}: 앞면이 빈 노트 ${n.count}개를 뺐습니다`
        : n.say === 'emptyFrontAt'
          ? `${file}:${n.line}: 앞면이 빈 노트를 뺐습니다`
          : `${file}:${n.line}: '${n.id}' 카드가 두 번 나옵니다; 처음 것을 씁니다`,
  },
  // ---- a whole Korean UI (issue 12, edges) ----
  args: {
    wholeNumber: (name, min, max, value) =>
      `${name}에는 ${max === undefined ? `${min} 이상의` : `${min}부터 ${max}까지의`} 정수를 주세요 ('${value}'은(는) 안 됩니다)`,
    reviewJsonOnly: (option) =>
      `review --json은 개수만 셉니다 (--due, --deck과 함께); --${option}은(는) 복습 세션에 씁니다`,
    state: (states, got) => `--state는 ${states.join(', ')} 중 하나여야 합니다 (받은 값: '${got}')`,
    types: (types, unknown) => `--types에는 ${types.join(',')}을(를) 씁니다; 모르는 값: '${unknown}'`,
    jsonNeedsPrint: '--json은 --print와 함께 씁니다 (퀴즈를 JSON으로 출력)',
    noQuestions: (types, decks) =>
      `${decks.join(', ') || '이 덱들'}의 카드로는 ${types.join('/')} 문제를 만들 수 없습니다`,
  },
  settings: {
    unknownKey: (key, keys) => `알 수 없는 설정 키 ${key}; 설정 키: ${keys.join(', ')}`,
    badValue: (name, range, value) => `${name}은(는) ${range}여야 합니다 (${value}은(는) 안 됩니다)`,
    range: rangeKo,
  },
};

export { NOTE_WARNINGS_KO, type NoteRule, SKIP_REASONS_KO } from './ko-notes.js';
export {
  COLLECTION_PROBLEMS_KO,
  EXCHANGE_PROBLEMS_KO,
  type KoForms,
  koForm,
  STORE_PROBLEMS_KO,
} from './ko-problems.js';
