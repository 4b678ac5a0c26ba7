// Anki's HTML as plain markdown: structure kept (paragraphs, line breaks, code, emphasis, lists),
// every other tag dropped, media references kept as text, control characters removed. Read by the
// Anki import and by the notes stage (an Anki text export pasted into a note).
import { decodeEntities, stripControl } from './safety.js';

const BLOCK_END = /<\/(?:p|div|h[1-6]|tr|blockquote|ul|ol|table)\s*>/gi;

/** An Anki field's HTML as markdown that is safe to show. */
export function htmlToMarkdown(html: string): string {
  // Control characters go first: the code-block placeholders below are made of one.
  let text = stripControl(html.replace(/\r\n?/g, '\n'));
  // Scripts and styles say nothing a learner reads.
  text = text.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '');
  text = text.replace(/<!--[\s\S]*?-->/g, '');
  const blocks: string[] = [];
  // Code blocks first: their text is kept as it is, fenced.
  text = text.replace(/<pre\b[^>]*>([\s\S]*?)<\/pre\s*>/gi, (_, inner: string) => {
    const code = decodeEntities(inner.replace(/<br\s*\/?>/gi, '\n').replace(/<[^>]*>/g, '')).replace(
      /\n+$/,
      '',
    );
    const fence = code.includes('```') ? '~~~' : '```';
    blocks.push(`\n\n${fence}\n${code}\n${fence}\n\n`);
    return `\u0000${blocks.length - 1}\u0000`;
  });
  text = text
    .replace(
      /<img\b[^>]*?\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))[^>]*>/gi,
      (_, double?: string, single?: string, bare?: string) => `[image: ${double ?? single ?? bare}]`,
    )
    .replace(/<\/li\s*>/gi, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<li\b[^>]*>/gi, '\n- ')
    .replace(BLOCK_END, '\n\n')
    .replace(/<(?:p|div|h[1-6]|blockquote|ul|ol|table|tr)\b[^>]*>/gi, '\n\n')
    .replace(/<\/?(?:b|strong)\b[^>]*>/gi, '**')
    .replace(/<\/?(?:i|em)\b[^>]*>/gi, '*')
    .replace(/<\/?code\b[^>]*>/gi, '`')
    .replace(/<[^>]*>/g, '');
  text = decodeEntities(text).replace(/\u00a0/g, ' ');
  text = text.replace(/\u0000(\d+)\u0000/g, (_, i: string) => blocks[Number(i)] ?? '');
  return stripControl(text)
    .split('\n')
    .map((line) => line.replace(/[ \t]+$/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
