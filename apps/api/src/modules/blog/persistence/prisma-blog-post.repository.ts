import { Injectable } from '@nestjs/common';
import type { BlogPostQuery, BlogPostRepository } from '@devgear/application';
import { BlogPost, blogSlugTaken, type BlogPostSnapshot } from '@devgear/domain';
import type { Prisma } from '../../../generated/prisma/client';
import { PrismaService } from '../../../platform/database/prisma.service';
import { isUniqueViolation } from '../../../platform/database/unique-violation';

const withProducts = { products: { orderBy: { position: 'asc' }, select: { productId: true } } } as const;
type Row = Prisma.BlogPostGetPayload<{ include: typeof withProducts }>;

/** Blog posts and their linked products, written together in one transaction. */
@Injectable()
export class PrismaBlogPostRepository implements BlogPostRepository {
  constructor(private readonly prisma: PrismaService) {}

  async findById(id: string): Promise<BlogPost | null> {
    const row = await this.prisma.blogPost.findUnique({ where: { id }, include: withProducts });
    return row ? BlogPost.restore(toSnapshot(row)) : null;
  }

  async findBySlug(slug: string): Promise<BlogPost | null> {
    const row = await this.prisma.blogPost.findUnique({ where: { slug }, include: withProducts });
    return row ? BlogPost.restore(toSnapshot(row)) : null;
  }

  async slugTaken(slug: string, exceptPostId?: string): Promise<boolean> {
    const row = await this.prisma.blogPost.findUnique({ where: { slug }, select: { id: true } });
    return Boolean(row && row.id !== exceptPostId);
  }

  async save(post: BlogPost): Promise<void> {
    const s = post.toSnapshot();
    const data = {
      slug: s.slug,
      title: s.title,
      excerpt: s.excerpt,
      bodyMarkdown: s.bodyMarkdown,
      bodyHtml: s.bodyHtml,
      tags: s.tags,
      status: s.status,
      coverUrl: s.cover?.url ?? null,
      coverAlt: s.cover?.alt ?? null,
      coverStorageKey: s.cover?.storageKey ?? null,
      authorName: s.authorName,
      publishedAt: s.publishedAt,
      updatedAt: s.updatedAt,
    };
    try {
      await this.prisma.$transaction(async (tx) => {
        await tx.blogPost.upsert({ where: { id: s.id }, create: { id: s.id, authorId: s.authorId, createdAt: s.createdAt, ...data }, update: data });
        await tx.blogPostProduct.deleteMany({ where: { postId: s.id } });
        if (s.productIds.length) await tx.blogPostProduct.createMany({ data: s.productIds.map((productId, position) => ({ postId: s.id, productId, position })) });
      });
    } catch (error) {
      if (isUniqueViolation(error, 'slug')) throw blogSlugTaken(s.slug);
      throw error;
    }
  }

  async delete(id: string): Promise<void> {
    await this.prisma.blogPost.deleteMany({ where: { id } });
  }

  async list(q: BlogPostQuery): Promise<{ items: BlogPost[]; total: number }> {
    const where: Prisma.BlogPostWhereInput = {
      ...(q.publishedOnly ? { status: 'published' } : q.status ? { status: q.status } : {}),
      ...(q.tag ? { tags: { has: q.tag } } : {}),
      ...(q.q ? { OR: [{ title: { contains: q.q, mode: 'insensitive' } }, { slug: { contains: q.q, mode: 'insensitive' } }] } : {}),
    };
    const orderBy: Prisma.BlogPostOrderByWithRelationInput[] = q.publishedOnly ? [{ publishedAt: 'desc' }, { id: 'desc' }] : [{ updatedAt: 'desc' }, { id: 'desc' }];
    const [rows, total] = await Promise.all([
      this.prisma.blogPost.findMany({ where, include: withProducts, orderBy, skip: (q.page - 1) * q.perPage, take: q.perPage }),
      this.prisma.blogPost.count({ where }),
    ]);
    return { items: rows.map((r) => BlogPost.restore(toSnapshot(r))), total };
  }
}

function toSnapshot(r: Row): BlogPostSnapshot {
  return {
    id: r.id,
    slug: r.slug,
    title: r.title,
    excerpt: r.excerpt,
    bodyMarkdown: r.bodyMarkdown,
    bodyHtml: r.bodyHtml,
    tags: r.tags,
    status: r.status,
    productIds: r.products.map((p) => p.productId),
    cover: r.coverUrl && r.coverStorageKey ? { url: r.coverUrl, alt: r.coverAlt ?? '', storageKey: r.coverStorageKey } : null,
    authorId: r.authorId,
    authorName: r.authorName,
    publishedAt: r.publishedAt,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}
