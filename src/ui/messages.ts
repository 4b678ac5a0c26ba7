// Every sentence the UI shows, in both languages, in one catalogue: a section for each screen.
// Korean must have every key English has (the type says so).
import type { Lang } from '../notes/types.js';

const en = {
  decks: { header: ['deck', 'title', 'cards', 'new', 'due'] },
  cards: { header: ['id', 'kind', 'front'], none: 'No cards match.' },
  card: {
    reveal: 'Space/Enter: show the answer · q: quit',
    rateHint: '(press 1–4 to schedule it, any other key to leave)',
    rated: (interval: string) => `Recorded; it comes back in ${interval}.`,
    states: { new: 'new', learning: 'learning', review: 'review', relearning: 'relearning' } as Record<
      string,
      string
    >,
    due: (when: string) => `due ${when}`,
    interval: (days: number) => `interval ${days}d`,
    lapses: (n: number) => `${n} lapse${n === 1 ? '' : 's'}`,
    reviews: (n: number) => `${n} review${n === 1 ? '' : 's'}`,
    buriedUntil: (when: string) => `buried until ${when}`,
  },
  unknown: {
    card: (id: string) => `unknown card '${id}'`,
    deck: (id: string) => `unknown deck '${id}'`,
    didYouMean: (ids: string[]) => `did you mean ${ids.map((i) => `'${i}'`).join(' or ')}?`,
    decksAvailable: (ids: string[]) => `decks: ${ids.join(', ')}`,
  },
  config: { fix: (setting: string) => `fix it with: dockstudy config set ${setting} <value>` },
  /** Any answer, in any command. */
  answer: {
    rebased: (id: string) =>
      `${id} was answered in another session meanwhile: this answer was scheduled from that one.`,
  },
  review: {
    grades: ['Again', 'Hard', 'Good', 'Easy'],
    done: 'done',
    learning: 'learning',
    due: 'due',
    new: 'new',
    reveal: 'Space/Enter: show answer · u: undo · q: quit',
    plainAsk: 'rating (1-4, again/hard/good/easy, u = undo, q = quit)',
    plainBad: (input: string) => `'${input}' is not a rating: type 1, 2, 3 or 4 (or again, hard, good, easy)`,
    nothing: 'Nothing to review now.',
    nextDue: 'next card due',
    summary: (done: number, again: number, minutes: string) =>
      `${done} card${done === 1 ? '' : 's'} reviewed, ${again} again (${done ? Math.round((again / done) * 100) : 0}%), ${minutes}`,
    undone: (id: string) => `undone: ${id}`,
    nothingToUndo: 'Nothing to undo.',
    undoRefused: (id: string) => `cannot undo ${id}: another session answered it after you`,
    undoGone: (id: string) => `cannot undo ${id}: that answer is no longer in the store`,
    kinds: {
      command: 'command',
      flag: 'flag',
      instruction: 'instruction',
      term: 'term',
      concept: 'concept',
      qa: 'question',
      cloze: 'cloze',
    } as Record<string, string>,
    minutesLeft: (minutes: number) => (minutes < 1 ? '<1 min' : `~${minutes} min`),
    keysFront: (typeable: boolean) =>
      `Space/Enter: answer${typeable ? ' · t: type it' : ''} · ?: keys · q: quit`,
    keysBack: '1–4: rate · Space/Enter: Good · u: undo · ?: keys · q: quit',
    keysHelpClose: 'any key: back to the card',
    helpTitle: 'Keys',
    help: [
      ['Space, Enter', 'show the answer; on the answer side: Good'],
      ['1 2 3 4', 'Again, Hard, Good, Easy (each with when the card comes back)'],
      ['t', 'type the command (command cards); the grader suggests a rating'],
      ['u', 'undo the last answer, suspend, bury or flag'],
      ['s', 'suspend the card: no more reviews until you lift it'],
      ['b', 'bury the card until tomorrow'],
      ['f', 'flag the card, or lift its flag'],
      ['e', 'edit the card in $VISUAL or $EDITOR (cards from your notes)'],
      ['q, Esc, Ctrl-D', 'end the session'],
      ['Ctrl-C', 'end the session (exit status 130)'],
    ] as [string, string][],
    marks: { suspended: 'suspended', buried: 'buried until tomorrow', flagged: 'flagged', leech: 'leech' },
    marked: {
      suspend: (id: string) => `Suspended ${id}: it stays out of reviews (u undoes).`,
      bury: (id: string) => `Buried ${id} until tomorrow (u undoes).`,
      flag: (id: string) => `Flagged ${id}.`,
      unflag: (id: string) => `Flag lifted from ${id}.`,
    },
    unmarked: {
      suspend: (id: string) => `undone: suspend of ${id}`,
      bury: (id: string) => `undone: bury of ${id}`,
      flag: (id: string) => `undone: flag of ${id}`,
    },
    leech: (id: string, lapses: number) =>
      `${id} was forgotten ${lapses} times: tagged leech and suspended (dockstudy cards --state leech).`,
    suggested: (grade: string) => `suggested: ${grade} (Space/Enter takes it, 1–4 change it)`,
    typePrompt: 'type the command, Enter to check, Esc to go back',
    edit: {
      builtin: 'Built-in cards cannot be edited: write your own in a note and study it with --notes.',
      gone: 'That card is no longer in its note: it leaves this session.',
      edited: (id: string) => `Re-read ${id} from its note.`,
      noEditor: 'Set $VISUAL or $EDITOR to edit cards.',
      failed: (message: string) => `The editor did not run: ${message}`,
    },
    summaryHidden: (suspended: number, buried: number, leeches: number) =>
      [
        suspended ? `${suspended} suspended` : '',
        buried ? `${buried} buried` : '',
        leeches ? `${leeches} became leech${leeches === 1 ? '' : 'es'}` : '',
      ]
        .filter(Boolean)
        .join(', '),
    stillDue: (count: number, command: string) => `${count} still due — ${command}`,
    newLeft: (count: number, command: string) =>
      `${count} new card${count === 1 ? '' : 's'} left today — ${command}`,
    newUsed: (perDay: number, byQuiz: number, byReview: number, command: string) =>
      `today's ${perDay} new cards were used${byQuiz && byReview ? ` (${byQuiz} by quizzes, ${byReview} in reviews)` : byQuiz ? ' by quizzes' : ''} — ${command}`,
    learnAhead: 'Learning cards due within 20 minutes are shown early.',
  },
  quiz: {
    right: 'correct',
    wrong: 'wrong, the answer is',
    score: 'Score',
    missed: 'Missed — study them with',
    keys: { navigate: '↑↓ navigate', select: '⏎ select' },
    stoppedScore: (right: number, answered: number, total: number) =>
      `${right} of ${answered} answered right (stopped after ${answered} of ${total})`,
    empty: '(no answer)',
    readAs: 'read as',
    short: (made: number, asked: number) =>
      `Only ${made} different questions can be made from these cards (${asked} asked for); asking those.`,
  },
  stats: {
    title: 'Study statistics',
    allDecks: 'all decks',
    deck: (id: string, title: string) => (title && title !== id ? `deck ${id} (${title})` : `deck ${id}`),
    cards: 'Cards',
    new: 'new',
    learning: 'learning',
    review: 'review',
    relearning: 'relearning',
    reviewsToday: 'Reviews today',
    reviewsTotal: 'Reviews in total',
    retention: (days: number) => `Retention, ${days} days`,
    retentionDetail: (passed: number, answers: number) => `${passed} of ${answers} review answers recalled`,
    retentionNone: 'no review-state answers yet',
    streak: 'Streak',
    streakValue: (days: number) => (days === 1 ? '1 day' : `${days} days`),
    reviewsChart: (days: number) => `Reviews per day, last ${days} days`,
    dueChart: (days: number) => `Cards due per day, next ${days} days`,
    noReviews: "No reviews yet: answer some cards with 'dockstudy quiz' to start.",
  },
};

export type Messages = typeof en;

const ko: Messages = {
  decks: { header: ['덱', '제목', '카드', '새 카드', '복습'] },
  cards: { header: ['id', '종류', '앞면'], none: '맞는 카드가 없습니다.' },
  card: {
    reveal: 'Space/Enter: 정답 보기 · q: 끝내기',
    rateHint: '(1–4: 복습 일정에 기록, 다른 키: 나가기)',
    rated: (interval) => `기록했습니다. ${interval} 후에 다시 나옵니다.`,
    states: { new: '새 카드', learning: '학습 중', review: '복습', relearning: '재학습' },
    due: (when) => `복습 예정 ${when}`,
    interval: (days) => `간격 ${days}일`,
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
    kinds: {
      command: '명령',
      flag: '플래그',
      instruction: '명령어',
      term: '용어',
      concept: '개념',
      qa: '질문',
      cloze: '빈칸',
    },
    minutesLeft: (minutes) => (minutes < 1 ? '1분 미만' : `약 ${minutes}분`),
    keysFront: (typeable) =>
      `Space/Enter: 정답${typeable ? ' · t: 직접 입력' : ''} · ?: 키 도움말 · q: 끝내기`,
    keysBack: '1–4: 평가 · Space/Enter: 좋음 · u: 되돌리기 · ?: 키 도움말 · q: 끝내기',
    keysHelpClose: '아무 키: 카드로 돌아가기',
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
  },
};

// One language type for content and UI: the notes stage owns it.
export type { Lang };

export function messages(lang: Lang): Messages {
  return lang === 'ko' ? ko : en;
}
