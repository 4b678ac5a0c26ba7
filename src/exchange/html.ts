// Card text between our markdown and Anki's HTML. Out: marked renders the markdown, code stays
// `<pre><code>`, and raw HTML in a note is shown as text rather than passed on. In: Anki's HTML
// becomes plain markdown: structure kept (paragraphs, line breaks, code, emphasis, lists), every
// other tag dropped, media references kept as text, control characters removed.

import { Marked } from 'marked';
import { decodeEntities, stripControl } from '../text/safety.js';

function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

const renderer = new Marked({
  gfm: true,
  renderer: {
    // A note's raw HTML is text to show, never markup for Anki to run.
    html: ({ text }) => escapeHtml(text),
  },
});

/** A card side as HTML. */
export function markdownToHtml(markdown: string): string {
  return (renderer.parse(markdown, { async: false }) as string).trim();
}

/**
 * A field's text as Anki reads it for the sort field and the duplicate checksum: media tags become
 * their file names, comments, styles, scripts and every other tag go, entities are decoded (a
 * no-break space is a space), and nothing else changes (no trimming, no folding of spaces).
 */
export function ankiFieldText(html: string): string {
  const media = html.replace(
    /<(?:img|audio|video|object|source)\b[^>]*?\b(?:src|data)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))[^>]*>/gi,
    (_, double?: string, single?: string, bare?: string) => ` ${double ?? single ?? bare} `,
  );
  const text = media.replace(/<!--[\s\S]*?-->|<(script|style)\b[\s\S]*?<\/\1\s*>|<[^>]*>/gi, '');
  return decodeEntities(text).replaceAll('\u00a0', ' ');
}

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
