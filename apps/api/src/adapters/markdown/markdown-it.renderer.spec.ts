import { MarkdownItRenderer } from './markdown-it.renderer';

const render = (markdown: string) => new MarkdownItRenderer().render(markdown);
const html = (markdown: string) => render(markdown).html;

/** The real tags of the output (escaped text such as &lt;script&gt; is not a tag). */
const tagsOf = (out: string) => out.match(/<[a-z][^>]*>/gi) ?? [];

/** What a browser would run: script/style/frame elements, on* attributes, active URLs. */
function dangers(out: string): string[] {
  const found: string[] = [];
  for (const tag of tagsOf(out)) {
    if (/^<(script|style|iframe|object|embed|svg|math|form|input|meta|link|base)\b/i.test(tag)) found.push(`element ${tag}`);
    if (/\son[a-z]+\s*=/i.test(tag)) found.push(`handler ${tag}`);
    if (/\s(href|src|xlink:href|action|formaction)\s*=\s*["']?\s*(javascript|vbscript|data):/i.test(tag)) found.push(`url ${tag}`);
    if (/\sstyle\s*=/i.test(tag) && !/^<t[hd]\b/i.test(tag)) found.push(`style ${tag}`);
  }
  return found;
}

describe('MarkdownItRenderer', () => {
  it('renders the Markdown an editor writes', () => {
    const out = html('# Title\n\nSome **bold** and _italic_ text with a [link](/products/k2) and `code`.\n\n- one\n- two\n\n```ts\nconst a = 1;\n```\n\n| a | b |\n|:--|--:|\n| 1 | 2 |\n\nPress <kbd>Ctrl</kbd>.');
    expect(out).toContain('<h1>Title</h1>');
    expect(out).toContain('<strong>bold</strong>');
    expect(out).toContain('<em>italic</em>');
    expect(out).toContain('<a href="/products/k2">link</a>');
    expect(out).toContain('<ul>\n<li>one</li>');
    expect(out).toContain('<pre><code class="language-ts">const a = 1;\n</code></pre>');
    expect(out).toContain('<th style="text-align:left">a</th>');
    expect(out).toContain('<kbd>Ctrl</kbd>');
  });

  it('keeps images with http(s) sources and alt text', () => {
    expect(html('![A desk](https://example.com/desk.png)')).toBe('<p><img src="https://example.com/desk.png" alt="A desk" /></p>');
  });

  it('opens external links in a new tab without an opener', () => {
    expect(html('[docs](https://example.com)')).toBe('<p><a href="https://example.com" target="_blank" rel="noopener noreferrer nofollow">docs</a></p>');
  });

  describe('removes everything that could run code', () => {
    it.each([
      '<script>alert(1)</script>',
      '<SCRIPT SRC=//evil.example/x.js></SCRIPT>',
      'text <script>alert(document.cookie)</script> more',
      '<img src=x onerror=alert(1)>',
      '<img src="x" ONERROR="alert(1)">',
      '<a href="#" onclick="steal()">click</a>',
      '<div onmouseover="x()">hover</div>',
      '<details open ontoggle=alert(1)><summary>x</summary></details>',
      '<svg onload=alert(1)>',
      '<svg><script>alert(1)</script></svg>',
      '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
      '<iframe src="https://evil.example"></iframe>',
      '<object data="javascript:alert(1)"></object>',
      '<style>body{display:none}</style>',
      '<p style="background:url(javascript:alert(1))">x</p>',
      '<form action="javascript:alert(1)"><button>x</button></form>',
      '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
      '<a href="javascript:alert(1)">raw</a>',
      '<a href="JAVASCRIPT:alert(1)">raw</a>',
      '<a href="java&#x09;script:alert(1)">tab</a>',
      '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">entities</a>',
      '<a href=" javascript:alert(1)">space</a>',
      '<img src="javascript:alert(1)">',
      '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">data</a>',
      '<a href="vbscript:msgbox(1)">vb</a>',
      '[click](javascript:alert(1))',
      '[click](JaVaScRiPt:alert(1))',
      '[click](&#106;avascript:alert(1))',
      '[click](vbscript:msgbox(1))',
      '[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
      '![x](javascript:alert(1))',
      '<javascript:alert(1)>',
      '[ref]\n\n[ref]: javascript:alert(1)',
    ])('%p', (markdown) => {
      const out = html(markdown);
      expect(dangers(out)).toEqual([]);
      expect(out.toLowerCase()).not.toMatch(/<script|<style|<iframe|<svg/);
    });

    it('keeps the harmless part of what it cleans', () => {
      expect(html('<a href="#" onclick="steal()">click</a>')).toBe('<p><a href="#">click</a></p>');
      expect(html('<img src="https://example.com/a.png" onerror="alert(1)" alt="a">')).toBe('<img src="https://example.com/a.png" alt="a" />');
      expect(html('<a href="javascript:alert(1)">raw</a>')).toBe('<p><a>raw</a></p>');
    });
  });

  it('answers the text without markup, for an excerpt', () => {
    expect(render('# Keyboards\n\nA **split** layout.\n\n- Less strain').text).toBe('Keyboards A split layout. Less strain');
    expect(render('Fish &amp; chips').text).toBe('Fish & chips');
  });
});
