import type { CategoryRecord, CategoryRepository } from '../ports/category-repository.port';

export class InMemoryCategoryRepository implements CategoryRepository {
  private readonly rows: CategoryRecord[] = [];

  constructor(categories: CategoryRecord[] = []) {
    for (const category of categories) this.rows.push({ ...category });
  }

  async list(): Promise<CategoryRecord[]> {
    return this.rows.map((row) => ({ ...row }));
  }

  async upsertBySlug(category: CategoryRecord): Promise<CategoryRecord> {
    const existing = this.rows.find((row) => row.slug === category.slug);
    if (existing) {
      existing.name = category.name;
      existing.parentId = category.parentId;
      return { ...existing };
    }
    this.rows.push({ ...category });
    return { ...category };
  }
}
