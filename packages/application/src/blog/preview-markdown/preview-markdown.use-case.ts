import { ContentErrorCodes, ContentLimits, DomainError, characterLength } from '@devgear/domain';
import type { MarkdownRenderer } from '../../ports/markdown-renderer.port';

/** POST /admin/blog/preview: the editor's live preview, rendered and sanitised exactly as a saved post would be. */
export class PreviewMarkdownUseCase {
  constructor(private readonly markdown: MarkdownRenderer) {}

  execute(bodyMarkdown: string): { html: string } {
    if (typeof bodyMarkdown !== 'string' || characterLength(bodyMarkdown) > ContentLimits.BODY_MAX) {
      throw new DomainError(ContentErrorCodes.INVALID_POST, 'Invalid Markdown', 'validation', {
        body_markdown: [`must be text of at most ${ContentLimits.BODY_MAX} characters`],
      });
    }
    return { html: this.markdown.render(bodyMarkdown).html };
  }
}
