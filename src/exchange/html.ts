// Card text between our markdown and Anki's HTML. Out: marked renders the markdown, code stays
// `<pre><code>`, and raw HTML in a note is shown as text rather than passed on. In: Anki's HTML
// becomes plain markdown (text/html-to-markdown.ts).

import { Marked } from 'marked';
import { decodeEntities } from '../text/safety.js';

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

// Anki's HTML as markdown is shared with the notes stage (tab-separated rows pasted into a note).
export { htmlToMarkdown } from '../text/html-to-markdown.js';
