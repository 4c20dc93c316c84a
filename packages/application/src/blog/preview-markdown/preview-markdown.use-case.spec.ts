import { FakeMarkdownRenderer, domainErrorOf } from '../../testing';
import { PreviewMarkdownUseCase } from './preview-markdown.use-case';

describe('PreviewMarkdownUseCase', () => {
  it('renders through the same renderer as saving, and bounds the size', async () => {
    const markdown = new FakeMarkdownRenderer();
    const preview = new PreviewMarkdownUseCase(markdown);
    expect(preview.execute('Hello <b')).toEqual({ html: '<p>Hello &lt;b</p>' });
    expect(markdown.calls).toEqual(['Hello <b']);
    expect((await domainErrorOf(Promise.resolve().then(() => preview.execute('x'.repeat(100_001))))).details).toEqual({ body_markdown: ['must be text of at most 100000 characters'] });
  });
});
