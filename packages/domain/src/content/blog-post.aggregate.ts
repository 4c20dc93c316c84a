import { Slug } from '../shared/slug.value-object';
import { ValidationProblems, characterLength, requiredText } from '../shared/validation-problems';
import { BLOG_POST_STATUSES, ContentErrorCodes, ContentLimits, type BlogPostStatus } from './content.errors';

/** The Markdown an editor wrote and the sanitised HTML the server rendered from it. */
export interface RenderedBody {
  markdown: string;
  html: string;
  /** The text without markup (for a derived excerpt). */
  text: string;
}

export interface CoverImage {
  url: string;
  alt: string;
  /** Where the file lives in the file storage (to delete it when replaced). */
  storageKey: string;
}

export interface BlogPostFields {
  title: string;
  /** Derived from the title when absent or blank. */
  slug?: string | null;
  /** Derived from the body's text (first words) when blank. */
  excerpt: string;
  body: RenderedBody;
  tags: string[];
  status: BlogPostStatus;
  /** Products the post is about, in the order shown under it. */
  productIds: string[];
}

export interface CreateBlogPostProps extends BlogPostFields {
  id: string;
  author: { id: string | null; name: string };
}

/** A partial edit: each field present replaces the current one. */
export type UpdateBlogPostProps = Partial<BlogPostFields>;

export interface BlogPostSnapshot {
  id: string;
  slug: string;
  title: string;
  excerpt: string;
  bodyMarkdown: string;
  bodyHtml: string;
  tags: string[];
  status: BlogPostStatus;
  productIds: string[];
  cover: CoverImage | null;
  authorId: string | null;
  authorName: string;
  publishedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

type Content = Pick<BlogPostSnapshot, 'slug' | 'title' | 'excerpt' | 'bodyMarkdown' | 'bodyHtml' | 'tags' | 'status' | 'productIds'>;

/**
 * A blog post. Drafts are seen only in the back office; publishing stamps `publishedAt` the
 * first time (a later fix of a typo does not move the post to the top), and only a published
 * post is public.
 */
export class BlogPost {
  private constructor(private state: BlogPostSnapshot) {}

  static create(props: CreateBlogPostProps, now: Date): BlogPost {
    const problems = new ValidationProblems(ContentErrorCodes.INVALID_POST);
    if (typeof props?.id !== 'string' || props.id.trim() === '') problems.add('id', 'must be a non-empty id');
    const authorName = requiredText(problems, 'author', props?.author?.name, ContentLimits.AUTHOR_NAME_MAX);
    const content = parseContent(props ?? ({} as BlogPostFields), problems);
    problems.throwIfAny('Invalid blog post');
    const at = new Date(now.getTime());
    const c = content as Content;
    return new BlogPost({
      id: props.id,
      ...c,
      cover: null,
      authorId: props.author.id,
      authorName: authorName as string,
      publishedAt: c.status === 'published' ? at : null,
      createdAt: at,
      updatedAt: at,
    });
  }

  static restore(snapshot: BlogPostSnapshot): BlogPost {
    return new BlogPost(copy(snapshot));
  }

  /** Applies the given fields after checking the whole post again; answers whether anything changed. */
  update(changes: UpdateBlogPostProps, now: Date): boolean {
    const s = this.state;
    const has = <K extends keyof BlogPostFields>(key: K) => changes != null && changes[key] !== undefined;
    const merged: BlogPostFields = {
      title: has('title') ? (changes.title as string) : s.title,
      slug: has('slug') && typeof changes.slug === 'string' && changes.slug.trim() !== '' ? changes.slug : s.slug,
      excerpt: has('excerpt') ? (changes.excerpt as string) : s.excerpt,
      body: has('body') ? (changes.body as RenderedBody) : { markdown: s.bodyMarkdown, html: s.bodyHtml, text: '' },
      tags: has('tags') ? (changes.tags as string[]) : s.tags,
      status: has('status') ? (changes.status as BlogPostStatus) : s.status,
      productIds: has('productIds') ? (changes.productIds as string[]) : s.productIds,
    };
    const problems = new ValidationProblems(ContentErrorCodes.INVALID_POST);
    if (changes?.slug !== undefined && (typeof changes.slug !== 'string' || changes.slug.trim() === '')) problems.add('slug', 'must not be blank');
    const next = parseContent(merged, problems);
    problems.throwIfAny('Invalid blog post');
    const c = next as Content;
    if (sameContent(s, c)) return false;
    const at = new Date(now.getTime());
    this.state = { ...s, ...c, publishedAt: s.publishedAt ?? (c.status === 'published' ? at : null), updatedAt: at };
    return true;
  }

  /** Sets the cover image; answers the one it replaces (its file is the caller's to delete). */
  setCover(cover: CoverImage, now: Date): CoverImage | null {
    const problems = new ValidationProblems(ContentErrorCodes.INVALID_POST);
    const alt = requiredText(problems, 'alt', cover?.alt, ContentLimits.COVER_ALT_MAX);
    if (typeof cover?.url !== 'string' || cover.url === '') problems.add('url', 'must not be blank');
    if (typeof cover?.storageKey !== 'string' || cover.storageKey === '') problems.add('storageKey', 'must not be blank');
    problems.throwIfAny('Invalid cover image');
    const previous = this.state.cover;
    this.state = { ...this.state, cover: { url: cover.url, alt: alt as string, storageKey: cover.storageKey }, updatedAt: new Date(now.getTime()) };
    return previous;
  }

  /** Removes the cover image; answers it (null when there was none). */
  removeCover(now: Date): CoverImage | null {
    const previous = this.state.cover;
    if (previous) this.state = { ...this.state, cover: null, updatedAt: new Date(now.getTime()) };
    return previous;
  }

  get id(): string {
    return this.state.id;
  }
  get slug(): string {
    return this.state.slug;
  }
  get title(): string {
    return this.state.title;
  }
  get status(): BlogPostStatus {
    return this.state.status;
  }
  /** Only published posts exist for the public; drafts are 404 there. */
  get isPublic(): boolean {
    return this.state.status === 'published';
  }
  get productIds(): readonly string[] {
    return [...this.state.productIds];
  }
  get cover(): CoverImage | null {
    return this.state.cover ? { ...this.state.cover } : null;
  }
  get publishedAt(): Date | null {
    return this.state.publishedAt ? new Date(this.state.publishedAt.getTime()) : null;
  }

  toSnapshot(): BlogPostSnapshot {
    return copy(this.state);
  }
}

/** Lower-case slug form: 'Mechanical Keyboards' -> 'mechanical-keyboards'. */
export function normalizeTag(raw: string): string | null {
  if (typeof raw !== 'string' || raw.trim() === '') return null;
  try {
    return Slug.fromText(raw).value;
  } catch {
    return null;
  }
}

function parseContent(input: BlogPostFields, problems: ValidationProblems): Content | undefined {
  const start = problems.count;
  const title = requiredText(problems, 'title', input.title, ContentLimits.TITLE_MAX);

  let slug: string | undefined;
  const slugText = typeof input.slug === 'string' ? input.slug.trim() : '';
  if (slugText) slug = problems.capture('slug', () => Slug.create(slugText))?.value;
  else if (title) slug = problems.capture('slug', () => Slug.fromText(title))?.value;

  const body = input.body;
  let markdown: string | undefined;
  if (!body || typeof body.markdown !== 'string' || typeof body.html !== 'string') problems.add('bodyMarkdown', 'must be a string');
  else if (body.markdown.trim() === '') problems.add('bodyMarkdown', 'must not be blank');
  else if (characterLength(body.markdown) > ContentLimits.BODY_MAX) problems.add('bodyMarkdown', `must be at most ${ContentLimits.BODY_MAX} characters`);
  else markdown = body.markdown;

  let excerpt: string | undefined;
  if (input.excerpt !== undefined && input.excerpt !== null && typeof input.excerpt !== 'string') problems.add('excerpt', 'must be a string');
  else {
    const given = (input.excerpt ?? '').trim().replace(/\s+/g, ' ');
    if (characterLength(given) > ContentLimits.EXCERPT_MAX) problems.add('excerpt', `must be at most ${ContentLimits.EXCERPT_MAX} characters`);
    else excerpt = given || deriveExcerpt(body?.text ?? '');
  }

  const tags: string[] = [];
  if (!Array.isArray(input.tags)) problems.add('tags', 'must be a list');
  else {
    if (input.tags.length > ContentLimits.TAGS_MAX) problems.add('tags', `must contain at most ${ContentLimits.TAGS_MAX} tags`);
    input.tags.forEach((raw, i) => {
      const tag = normalizeTag(raw);
      if (!tag) problems.add(`tags.${i}`, 'must contain letters or digits');
      else if (tag.length > ContentLimits.TAG_MAX) problems.add(`tags.${i}`, `must be at most ${ContentLimits.TAG_MAX} characters`);
      else if (!tags.includes(tag)) tags.push(tag);
    });
  }

  if (!(BLOG_POST_STATUSES as readonly string[]).includes(input.status)) problems.add('status', `must be one of ${BLOG_POST_STATUSES.join(', ')}`);

  const productIds: string[] = [];
  if (!Array.isArray(input.productIds)) problems.add('productIds', 'must be a list');
  else {
    if (input.productIds.length > ContentLimits.PRODUCTS_MAX) problems.add('productIds', `must contain at most ${ContentLimits.PRODUCTS_MAX} products`);
    for (const id of input.productIds) {
      if (typeof id !== 'string' || id.trim() === '') problems.add('productIds', 'must contain product ids');
      else if (productIds.includes(id)) problems.add('productIds', 'must not name a product twice');
      else productIds.push(id);
    }
  }

  if (problems.count > start) return undefined;
  return {
    slug: slug as string,
    title: title as string,
    excerpt: excerpt as string,
    bodyMarkdown: markdown as string,
    bodyHtml: body.html,
    tags,
    status: input.status,
    productIds,
  };
}

/** The first words of the text, cut at a word boundary, for a post without an excerpt. */
export function deriveExcerpt(text: string, max = 200): string {
  const flat = String(text ?? '').replace(/\s+/g, ' ').trim();
  if (characterLength(flat) <= max) return flat;
  const cut = Array.from(flat).slice(0, max).join('');
  const atWord = cut.replace(/\s+\S*$/, '');
  return `${(atWord || cut).replace(/[\s.,;:!?-]+$/, '')}…`;
}

function sameContent(a: Content, b: Content): boolean {
  return (
    a.slug === b.slug &&
    a.title === b.title &&
    a.excerpt === b.excerpt &&
    a.bodyMarkdown === b.bodyMarkdown &&
    a.bodyHtml === b.bodyHtml &&
    a.status === b.status &&
    a.tags.join('\n') === b.tags.join('\n') &&
    a.productIds.join('\n') === b.productIds.join('\n')
  );
}

function copy(s: BlogPostSnapshot): BlogPostSnapshot {
  return {
    ...s,
    tags: [...s.tags],
    productIds: [...s.productIds],
    cover: s.cover ? { ...s.cover } : null,
    publishedAt: s.publishedAt ? new Date(s.publishedAt.getTime()) : null,
    createdAt: new Date(s.createdAt.getTime()),
    updatedAt: new Date(s.updatedAt.getTime()),
  };
}
