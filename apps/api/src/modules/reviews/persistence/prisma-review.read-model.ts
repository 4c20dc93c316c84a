import { Injectable } from '@nestjs/common';
import type { AdminReviewQuery, AdminReviewView, ReviewReadModel, ReviewSort, ReviewView } from '@devgear/application';
import type { Prisma } from '../../../generated/prisma/client';
import { PrismaService } from '../../../platform/database/prisma.service';

const ORDER: Record<ReviewSort, Prisma.ReviewOrderByWithRelationInput[]> = {
  newest: [{ createdAt: 'desc' }, { id: 'desc' }],
  rating_desc: [{ rating: 'desc' }, { createdAt: 'desc' }, { id: 'desc' }],
  rating_asc: [{ rating: 'asc' }, { createdAt: 'desc' }, { id: 'desc' }],
  helpful: [{ helpfulCount: 'desc' }, { createdAt: 'desc' }, { id: 'desc' }],
};

const withAuthor = { author: { select: { firstName: true } } } as const;
const forAdmin = { author: { select: { id: true, firstName: true, lastName: true, email: true } }, product: { select: { id: true, slug: true, name: true } } } as const;

type Row = Prisma.ReviewGetPayload<{ include: typeof withAuthor }>;
type AdminRow = Prisma.ReviewGetPayload<{ include: typeof forAdmin }>;

/** The reviews' query side: a product's visible reviews (index on product, status, date) and the moderation list. */
@Injectable()
export class PrismaReviewReadModel implements ReviewReadModel {
  constructor(private readonly prisma: PrismaService) {}

  async listForProduct(productId: string, q: { sort: ReviewSort; page: number; perPage: number }): Promise<{ items: ReviewView[]; total: number }> {
    const where = { productId, status: 'visible' } as const;
    const [rows, total] = await Promise.all([
      this.prisma.review.findMany({ where, include: withAuthor, orderBy: ORDER[q.sort], skip: (q.page - 1) * q.perPage, take: q.perPage }),
      this.prisma.review.count({ where }),
    ]);
    return { items: rows.map(toView), total };
  }

  async get(id: string): Promise<ReviewView | null> {
    const row = await this.prisma.review.findUnique({ where: { id }, include: withAuthor });
    return row ? toView(row) : null;
  }

  async listForAdmin(q: AdminReviewQuery): Promise<{ items: AdminReviewView[]; total: number }> {
    const text = q.q ? { contains: q.q, mode: 'insensitive' as const } : undefined;
    const where: Prisma.ReviewWhereInput = {
      ...(q.status ? { status: q.status } : {}),
      ...(q.productId ? { productId: q.productId } : {}),
      ...(q.rating !== undefined ? { rating: q.rating } : {}),
      ...(text ? { OR: [{ title: text }, { body: text }, { author: { email: text } }, { product: { name: text } }] } : {}),
    };
    const [rows, total] = await Promise.all([
      this.prisma.review.findMany({ where, include: forAdmin, orderBy: ORDER.newest, skip: (q.page - 1) * q.perPage, take: q.perPage }),
      this.prisma.review.count({ where }),
    ]);
    return { items: rows.map(toAdminView), total };
  }

  async getForAdmin(id: string): Promise<AdminReviewView | null> {
    const row = await this.prisma.review.findUnique({ where: { id }, include: forAdmin });
    return row ? toAdminView(row) : null;
  }
}

function toView(r: Row | AdminRow): ReviewView {
  return {
    id: r.id,
    productId: r.productId,
    rating: r.rating,
    title: r.title,
    body: r.body,
    authorFirstName: r.author.firstName,
    verifiedPurchase: r.verifiedPurchase,
    helpfulCount: r.helpfulCount,
    status: r.status,
    createdAt: r.createdAt,
  };
}

function toAdminView(r: AdminRow): AdminReviewView {
  return { ...toView(r), author: r.author, product: r.product, updatedAt: r.updatedAt };
}
