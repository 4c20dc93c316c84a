import type { BlogPostQuery, BlogPostRepository } from '../ports/blog-post-repository.port';
import type { Cache } from '../ports/cache.port';
import type { FileStorage, StoredFile } from '../ports/file-storage.port';
import type { MarkdownRenderer } from '../ports/markdown-renderer.port';
import type { ProductLookup, VisibleProductRef } from '../ports/product-lookup.port';
import type { PurchaseHistory } from '../ports/purchase-history.port';
import type { WishlistEntry, WishlistRepository } from '../ports/wishlist-repository.port';
import { BlogPost, blogSlugTaken, type BlogPostSnapshot } from '@devgear/domain';
import type { InMemoryProductRepository } from './in-memory-product.repository';

/** Visible products of the in-memory catalog, by id or slug. */
export class InMemoryProductLookup implements ProductLookup {
  constructor(private readonly products: InMemoryProductRepository) {}

  async findVisible(idOrSlug: string): Promise<VisibleProductRef | null> {
    const p = this.products.snapshots().find((s) => s.archivedAt === null && (s.id === idOrSlug || s.slug === idOrSlug));
    return p ? { id: p.id, slug: p.slug, name: p.name } : null;
  }

  async visibleIds(ids: readonly string[]): Promise<string[]> {
    const wanted = new Set(ids);
    return this.products.snapshots().filter((s) => s.archivedAt === null && wanted.has(s.id)).map((s) => s.id);
  }
}

/** Paid purchases, recorded by the spec. */
export class InMemoryPurchaseHistory implements PurchaseHistory {
  private readonly bought = new Set<string>();

  record(customerId: string, productId: string): void {
    this.bought.add(`${customerId}:${productId}`);
  }

  async hasBought(customerId: string, productId: string): Promise<boolean> {
    return this.bought.has(`${customerId}:${productId}`);
  }
}

export class InMemoryWishlistRepository implements WishlistRepository {
  readonly rows: { customerId: string; productId: string; addedAt: Date }[] = [];

  constructor(private readonly products: InMemoryProductRepository) {}

  async add(customerId: string, productId: string, at: Date, guard: (count: number, alreadyOnIt: boolean) => void): Promise<boolean> {
    const mine = this.rows.filter((r) => r.customerId === customerId);
    const already = mine.some((r) => r.productId === productId);
    guard(mine.length, already);
    if (already) return false;
    this.rows.push({ customerId, productId, addedAt: new Date(at.getTime()) });
    return true;
  }

  async remove(customerId: string, productId: string): Promise<boolean> {
    const index = this.rows.findIndex((r) => r.customerId === customerId && r.productId === productId);
    if (index < 0) return false;
    this.rows.splice(index, 1);
    return true;
  }

  async list(customerId: string, page: { page: number; perPage: number }): Promise<{ items: WishlistEntry[]; total: number }> {
    const visible = new Set(this.products.snapshots().filter((p) => p.archivedAt === null).map((p) => p.id));
    const mine = this.rows
      .filter((r) => r.customerId === customerId && visible.has(r.productId))
      .sort((a, b) => b.addedAt.getTime() - a.addedAt.getTime() || (a.productId < b.productId ? -1 : 1));
    const start = (page.page - 1) * page.perPage;
    return { items: mine.slice(start, start + page.perPage).map((r) => ({ productId: r.productId, addedAt: r.addedAt })), total: mine.length };
  }
}

export class InMemoryBlogPostRepository implements BlogPostRepository {
  readonly rows: BlogPostSnapshot[] = [];

  async findById(id: string): Promise<BlogPost | null> {
    const row = this.rows.find((r) => r.id === id);
    return row ? BlogPost.restore(row) : null;
  }

  async findBySlug(slug: string): Promise<BlogPost | null> {
    const row = this.rows.find((r) => r.slug === slug);
    return row ? BlogPost.restore(row) : null;
  }

  async slugTaken(slug: string, exceptPostId?: string): Promise<boolean> {
    return this.rows.some((r) => r.slug === slug && r.id !== exceptPostId);
  }

  async save(post: BlogPost): Promise<void> {
    const s = post.toSnapshot();
    if (this.rows.some((r) => r.slug === s.slug && r.id !== s.id)) throw blogSlugTaken(s.slug);
    const index = this.rows.findIndex((r) => r.id === s.id);
    if (index < 0) this.rows.push(s);
    else this.rows[index] = s;
  }

  async delete(id: string): Promise<void> {
    const index = this.rows.findIndex((r) => r.id === id);
    if (index >= 0) this.rows.splice(index, 1);
  }

  async list(q: BlogPostQuery): Promise<{ items: BlogPost[]; total: number }> {
    const matches = this.rows
      .filter((r) => (!q.publishedOnly || r.status === 'published') && (!q.status || r.status === q.status) && (!q.tag || r.tags.includes(q.tag)))
      .filter((r) => !q.q || `${r.title} ${r.slug}`.toLowerCase().includes(q.q.toLowerCase()))
      .sort((a, b) =>
        q.publishedOnly
          ? (b.publishedAt?.getTime() ?? 0) - (a.publishedAt?.getTime() ?? 0) || (a.id < b.id ? 1 : -1)
          : b.updatedAt.getTime() - a.updatedAt.getTime() || (a.id < b.id ? 1 : -1),
      );
    const start = (q.page - 1) * q.perPage;
    return { items: matches.slice(start, start + q.perPage).map((r) => BlogPost.restore(r)), total: matches.length };
  }
}

/**
 * Stands in for the real renderer: escapes everything and wraps paragraphs, so specs can see
 * that use cases store what the renderer gives (the real one is tested against attacks in the api).
 */
export class FakeMarkdownRenderer implements MarkdownRenderer {
  readonly calls: string[] = [];

  render(markdown: string): { html: string; text: string } {
    this.calls.push(markdown);
    const text = markdown.replace(/[#*_`>]/g, '').trim();
    const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    return { html: escaped.split(/\n{2,}/).map((p) => `<p>${p}</p>`).join('\n'), text };
  }
}

/** A Map with TTLs ignored: what a use case cached stays until set again. */
export class InMemoryCache implements Cache {
  readonly entries = new Map<string, string>();

  async get(key: string): Promise<string | null> {
    return this.entries.get(key) ?? null;
  }

  async set(key: string, value: string): Promise<void> {
    this.entries.set(key, value);
  }

  async increment(key: string): Promise<number> {
    const next = Number(this.entries.get(key) ?? '0') + 1;
    this.entries.set(key, String(next));
    return next;
  }
}

/** Files in a Map; `failDeletes` makes deletes fail (to check they are reported, not fatal). */
export class InMemoryFileStorage implements FileStorage {
  readonly files = new Map<string, { body: Uint8Array; contentType: string }>();
  failDeletes = false;

  async put(key: string, body: Uint8Array, contentType: string): Promise<StoredFile> {
    this.files.set(key, { body, contentType });
    return { key, url: `/media/${key}` };
  }

  async get(key: string): Promise<Uint8Array | null> {
    return this.files.get(key)?.body ?? null;
  }

  async delete(key: string): Promise<void> {
    if (this.failDeletes) throw new Error(`storage unavailable: ${key}`);
    this.files.delete(key);
  }
}
