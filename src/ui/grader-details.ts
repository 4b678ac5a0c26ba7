// The grader's details (src/docker/compare.ts words them in English) in the UI's language. The
// grader's sentences have a few fixed shapes, each with the names and values in fixed places, so a
// shape is read back and said again; any other sentence (a parse error) is shown as it is.

import type { Lang } from './messages.js';

const KOREAN: [RegExp, (...parts: string[]) => string][] = [
  [
    /^wrong command: expected (.+), got (.+)$/,
    (want, got) => `다른 명령입니다: ${want}이(가) 맞고, ${got}을(를) 입력했습니다`,
  ],
  [
    /^(.+) should be (.+), not (.+)$/,
    (what, want, got) => `${what}은(는) ${got}이(가) 아니라 ${want}이어야 합니다`,
  ],
  [/^missing (.+)$/, (what) => `빠짐: ${what}`],
  [/^extra (.+)$/, (what) => `필요 없음: ${what}`],
];

export function localizeDetail(detail: string, lang: Lang): string {
  if (lang !== 'ko') return detail;
  for (const [shape, say] of KOREAN) {
    const match = shape.exec(detail);
    if (match) return say(...match.slice(1));
  }
  return detail;
}
