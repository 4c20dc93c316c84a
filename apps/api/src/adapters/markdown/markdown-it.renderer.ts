import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';
import type { MarkdownRenderer } from '@devgear/application';

/**
 * Markdown to safe HTML with two maintained libraries: markdown-it renders (editors may use a
 * little raw HTML such as <kbd> or <details>; it refuses javascript:/vbscript:/data: links in
 * Markdown syntax), then sanitize-html keeps only an allow-list of tags, attributes and URL
 * schemes: scripts, styles, frames, event handlers and active URLs never get through.
 */
export class MarkdownItRenderer implements MarkdownRenderer {
  private readonly md = new MarkdownIt({ html: true, linkify: true, typographer: true });

  private readonly options: sanitizeHtml.IOptions = {
    allowedTags: [
      'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'br', 'hr', 'blockquote', 'pre', 'code', 'em', 'strong', 's', 'del',
      'ul', 'ol', 'li', 'a', 'img', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'sup', 'sub', 'kbd', 'details', 'summary',
    ],
    allowedAttributes: {
      a: ['href', 'title', 'rel', 'target'],
      img: ['src', 'alt', 'title'],
      code: ['class'],
      th: ['style'],
      td: ['style'],
      ol: ['start'],
    },
    allowedClasses: { code: [/^language-[a-z0-9+#-]+$/] },
    allowedStyles: { th: { 'text-align': [/^(left|right|center)$/] }, td: { 'text-align': [/^(left|right|center)$/] } },
    allowedSchemes: ['http', 'https', 'mailto'],
    allowedSchemesByTag: { img: ['http', 'https'] },
    allowProtocolRelative: false,
    disallowedTagsMode: 'discard',
    // Links to other sites open in a new tab without giving it a handle on ours.
    transformTags: {
      a: (tagName, attribs) => {
        const external = /^https?:\/\//i.test(attribs.href ?? '');
        return { tagName, attribs: external ? { ...attribs, target: '_blank', rel: 'noopener noreferrer nofollow' } : { ...attribs } };
      },
    },
  };

  render(markdown: string): { html: string; text: string } {
    const html = sanitizeHtml(this.md.render(String(markdown ?? '')), this.options).trim();
    const text = sanitizeHtml(html.replace(/<\/(p|h[1-6]|li|blockquote|pre|tr)>/g, '$& '), { allowedTags: [], allowedAttributes: {} })
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/\s+/g, ' ')
      .trim();
    return { html, text };
  }
}
