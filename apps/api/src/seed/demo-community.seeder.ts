import { randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { BlogPost, DomainError } from '@devgear/domain';
import { BcryptPasswordHasher } from '../adapters/crypto/bcrypt-password.hasher';
import { MarkdownItRenderer } from '../adapters/markdown/markdown-it.renderer';
import type { AppConfig } from '../platform/config/config';
import { APP_CONFIG } from '../platform/config/config.module';
import { PrismaService } from '../platform/database/prisma.service';
import { CATALOG_CHANGES, type CatalogChanges } from '../modules/catalog/catalog.tokens';
import { PrismaBlogPostRepository } from '../modules/blog/persistence/prisma-blog-post.repository';
import { buildDemoCatalog } from './demo-catalog.data';
import { buildDemoReviews, DEMO_CUSTOMERS, DEMO_POST_AUTHOR, DEMO_POSTS } from './demo-community.data';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Serialises this seeding across API instances sharing one database. */
const SEED_LOCK_KEY = 7_301_002;

export interface CommunitySeedResult {
  customersCreated: number;
  reviewsCreated: number;
  postsCreated: number;
}

/**
 * Demo customers with their reviews (so every rating the demo shows is computed from review
 * rows), and a few blog posts. It runs once per database: the demo customers, committed last,
 * mark it done, so a restart creates nothing and a review or post an admin deleted stays
 * deleted. Posts are matched by slug (a crash before the end just finishes the job next time);
 * customers, reviews, votes and the products' rating deltas are one transaction of set-based
 * statements.
 */
@Injectable()
export class DemoCommunitySeeder {
  private readonly logger = new Logger('DemoCommunitySeeder');

  constructor(
    private readonly prisma: PrismaService,
    private readonly markdown: MarkdownItRenderer,
    private readonly posts: PrismaBlogPostRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CATALOG_CHANGES) private readonly catalog: CatalogChanges,
  ) {}

  async seed(now = new Date()): Promise<CommunitySeedResult> {
    const nothing = { customersCreated: 0, reviewsCreated: 0, postsCreated: 0 };
    if (await this.prisma.user.findUnique({ where: { email: DEMO_CUSTOMERS[0].email }, select: { id: true } })) return nothing;
    // Nobody can sign in as a demo customer: the password is random and forgotten at once.
    const passwordHash = await new BcryptPasswordHasher(this.config.bcryptCost).hash(randomBytes(24).toString('hex'));
    const demo = buildDemoCatalog();

    let postsCreated = 0;
    const byCategory = new Map<string, string[]>();
    for (const p of demo.products) byCategory.set(p.categorySlug, [...(byCategory.get(p.categorySlug) ?? []), p.slug]);
    const slugToId = new Map((await this.prisma.product.findMany({ where: { archivedAt: null }, select: { id: true, slug: true } })).map((p) => [p.slug, p.id]));
    for (const d of DEMO_POSTS) {
      if (await this.posts.slugTaken(d.slug)) continue;
      const productIds = d.products.map((ref) => slugToId.get(byCategory.get(ref.category)?.[ref.index] ?? '')).filter((id): id is string => Boolean(id));
      const at = new Date(now.getTime() - d.daysAgo * DAY_MS);
      const post = BlogPost.create(
        { id: randomUUID(), author: { id: null, name: DEMO_POST_AUTHOR }, title: d.title, slug: d.slug, excerpt: d.excerpt, body: { markdown: d.bodyMarkdown, ...this.markdown.render(d.bodyMarkdown) }, tags: d.tags, status: 'published', productIds },
        at,
      );
      try {
        await this.posts.save(post);
        postsCreated += 1;
      } catch (error) {
        // Another instance seeding at the same time wrote it first.
        if (!(error instanceof DomainError && error.kind === 'conflict')) throw error;
      }
    }

    const result = await this.prisma.$transaction(
      async (tx) => {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SEED_LOCK_KEY})`;
        if (await tx.user.findUnique({ where: { email: DEMO_CUSTOMERS[0].email }, select: { id: true } })) return nothing;

        await tx.user.createMany({
          data: DEMO_CUSTOMERS.map((c) => ({ id: randomUUID(), email: c.email, passwordHash, firstName: c.firstName, lastName: c.lastName, role: 'customer' as const, createdAt: new Date(now.getTime() - 420 * DAY_MS) })),
          skipDuplicates: true,
        });
        const ids = new Map((await tx.user.findMany({ where: { email: { in: DEMO_CUSTOMERS.map((c) => c.email) } }, select: { id: true, email: true } })).map((u) => [u.email, u.id]));
        const customerIds = DEMO_CUSTOMERS.map((c) => ids.get(c.email) as string);

        const visible = new Map((await tx.product.findMany({ where: { archivedAt: null }, select: { id: true, slug: true } })).map((p) => [p.slug, p.id]));
        const reviews = buildDemoReviews(demo.products.filter((p) => visible.has(p.slug)));
        const rows = reviews.map((r, i) => {
          const createdAt = new Date(now.getTime() - r.daysAgo * DAY_MS - (i % 24) * 3_600_000);
          return { id: randomUUID(), productId: visible.get(r.productSlug)!, authorId: customerIds[r.customer], rating: r.rating, title: r.title, body: r.body, verifiedPurchase: false, status: 'visible' as const, helpfulCount: 0, createdAt, updatedAt: createdAt };
        });
        await tx.review.createMany({ data: rows, skipDuplicates: true });
        // "Helpful" votes from other demo customers, and the counts they make.
        const votes = reviews.flatMap((r, i) =>
          customerIds.filter((_, c) => c !== r.customer).slice(0, r.helpful).map((voterId) => ({ reviewId: rows[i].id, voterId, createdAt: rows[i].createdAt })),
        );
        if (votes.length) await tx.reviewHelpfulVote.createMany({ data: votes, skipDuplicates: true });
        await tx.$executeRaw`
          UPDATE reviews r SET helpful_count = v.n
          FROM (SELECT review_id, count(*)::int AS n FROM review_helpful_votes GROUP BY review_id) v
          WHERE r.id = v.review_id AND r.author_id = ANY(${customerIds}::uuid[])`;
        // Each product's rating takes the demo reviews' stars as one delta (reviews written before stay counted).
        await tx.$executeRaw`
          UPDATE products p SET
            rating_count = p.rating_count + s.n,
            rating_sum = p.rating_sum + s.stars,
            rating_average = round((p.rating_sum + s.stars)::numeric / (p.rating_count + s.n), 2)
          FROM (SELECT product_id, count(*)::int AS n, sum(rating)::int AS stars FROM reviews
                WHERE author_id = ANY(${customerIds}::uuid[]) GROUP BY product_id) s
          WHERE p.id = s.product_id`;
        return { customersCreated: customerIds.length, reviewsCreated: rows.length, postsCreated: 0 };
      },
      { timeout: 120_000, maxWait: 120_000 },
    );
    if (result.customersCreated === 0) return { ...result, postsCreated };
    await this.catalog.invalidate();
    this.logger.log(`demo data: ${result.customersCreated} customers, ${result.reviewsCreated} reviews and ${postsCreated} blog posts created`);
    return { ...result, postsCreated };
  }
}
