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
  },
  quiz: {
    right: 'correct',
    wrong: 'wrong, the answer is',
    score: 'Score',
    missed: 'Missed — study them with',
    stopped: 'stopped early',
    empty: '(no answer)',
    readAs: 'read as',
    short: (made: number, asked: number) =>
      `Only ${made} different questions can be made from these cards (${asked} asked for); asking those.`,
  },
  doctor: {
    ok: (file: string) => `${file}: ok (integrity_check read every page and index)`,
    missing: (file: string) => `${file}: no store yet, nothing to check`,
    damaged: (file: string) => `${file}: damaged; nothing was changed`,
    unusable: 'the store cannot be used:',
    backup: (path: string) => `newest backup: ${path}`,
    restore: (file: string, backup: string) =>
      `to restore it: mv '${file}' '${file}.damaged' && cp '${backup}' '${file}'`,
    noBackup: 'no backup beside the store or in this folder (dockstudy-YYYY-MM-DD.db)',
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
  },
  quiz: {
    right: '정답',
    wrong: '오답, 정답은',
    score: '점수',
    missed: '틀린 카드 — 다시 보기:',
    stopped: '중간에 멈춤',
    empty: '(답 없음)',
    readAs: '이렇게 읽음',
    short: (made, asked) =>
      `이 카드들로는 서로 다른 질문을 ${made}개만 만들 수 있어(요청 ${asked}개) 그만큼만 냅니다.`,
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
  },
};

// One language type for content and UI: the notes stage owns it.
export type { Lang };

export function messages(lang: Lang): Messages {
  return lang === 'ko' ? ko : en;
}
