import { Injectable } from '@nestjs/common';
import type { CategoryRecord, CategoryRepository } from '@devgear/application';
import { PrismaService } from '../../../platform/database/prisma.service';

@Injectable()
export class PrismaCategoryRepository implements CategoryRepository {
  constructor(private readonly prisma: PrismaService) {}

  async list(): Promise<CategoryRecord[]> {
    const rows = await this.prisma.category.findMany({
      select: { id: true, slug: true, name: true, parentId: true },
      orderBy: [{ position: 'asc' }, { name: 'asc' }],
    });
    return rows;
  }

  async upsertBySlug(c: CategoryRecord): Promise<CategoryRecord> {
    return this.prisma.category.upsert({
      where: { slug: c.slug },
      create: { id: c.id, slug: c.slug, name: c.name, parentId: c.parentId },
      update: { name: c.name, parentId: c.parentId },
      select: { id: true, slug: true, name: true, parentId: true },
    });
  }
}
