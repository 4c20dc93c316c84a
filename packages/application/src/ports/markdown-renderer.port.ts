/**
 * Turns an editor's Markdown into HTML that is safe to put in a page: no scripts, no event
 * handler attributes, no javascript: (or other active) URLs, whatever the Markdown contains.
 */
export interface MarkdownRenderer {
  render(markdown: string): { html: string; text: string };
}
