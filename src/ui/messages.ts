// Every sentence the UI shows, in both languages. Keys say where a message is used.
import type { Lang } from '../notes/types.js';

const en = {
  'decks.header': ['deck', 'title', 'cards', 'new', 'due'],
  'cards.header': ['id', 'kind', 'front'],
  'cards.none': 'No cards match.',
  'card.reveal': 'Space/Enter: show the answer · q: quit',
  'card.rateHint': '(press 1–4 to schedule it, any other key to leave)',
  'card.rated': (interval: string) => `Recorded; it comes back in ${interval}.`,
  'unknown.card': (id: string) => `unknown card '${id}'`,
  'unknown.deck': (id: string) => `unknown deck '${id}'`,
  'did.you.mean': (ids: string[]) => `did you mean ${ids.map((i) => `'${i}'`).join(' or ')}?`,
  'decks.available': (ids: string[]) => `decks: ${ids.join(', ')}`,
};

type Messages = typeof en;

const ko: Messages = {
  'decks.header': ['덱', '제목', '카드', '새 카드', '복습'],
  'cards.header': ['id', '종류', '앞면'],
  'cards.none': '맞는 카드가 없습니다.',
  'card.reveal': 'Space/Enter: 정답 보기 · q: 끝내기',
  'card.rateHint': '(1–4: 복습 일정에 기록, 다른 키: 나가기)',
  'card.rated': (interval) => `기록했습니다. ${interval} 후에 다시 나옵니다.`,
  'unknown.card': (id) => `'${id}' 카드가 없습니다`,
  'unknown.deck': (id) => `'${id}' 덱이 없습니다`,
  'did.you.mean': (ids) => `혹시 ${ids.map((i) => `'${i}'`).join(' 또는 ')}?`,
  'decks.available': (ids) => `덱 목록: ${ids.join(', ')}`,
};

// One language type for content and UI: the notes stage owns it.
export type { Lang };

export function messages(lang: Lang): Messages {
  return lang === 'ko' ? ko : en;
}
