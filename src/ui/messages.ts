// Every sentence the UI shows, in both languages. Keys say where a message is used.
const en = {
  'decks.header': ['deck', 'title', 'cards', 'new', 'due'],
  'cards.header': ['id', 'kind', 'front'],
  'cards.none': 'No cards match.',
  'card.reveal': 'Space/Enter: show the answer · q: quit',
  'card.answer': 'Answer',
  'unknown.card': (id: string) => `unknown card '${id}'`,
  'unknown.deck': (id: string) => `unknown deck '${id}'`,
  'did.you.mean': (ids: string[]) => `did you mean ${ids.map((i) => `'${i}'`).join(' or ')}?`,
  'decks.available': (ids: string[]) => `decks: ${ids.join(', ')}`,
  'notes.warning': 'warning',
};

type Messages = typeof en;

const ko: Messages = {
  'decks.header': ['덱', '제목', '카드', '새 카드', '복습'],
  'cards.header': ['id', '종류', '앞면'],
  'cards.none': '맞는 카드가 없습니다.',
  'card.reveal': 'Space/Enter: 정답 보기 · q: 끝내기',
  'card.answer': '정답',
  'unknown.card': (id) => `'${id}' 카드가 없습니다`,
  'unknown.deck': (id) => `'${id}' 덱이 없습니다`,
  'did.you.mean': (ids) => `혹시 ${ids.map((i) => `'${i}'`).join(' 또는 ')}?`,
  'decks.available': (ids) => `덱 목록: ${ids.join(', ')}`,
  'notes.warning': '경고',
};

export type Lang = 'ko' | 'en';

export function messages(lang: Lang): Messages {
  return lang === 'ko' ? ko : en;
}
