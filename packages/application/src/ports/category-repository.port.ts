/** A stored category. */
export interface CategoryRecord {
  id: string;
  slug: string;
  name: string;
  parentId: string | null;
}

export interface CategoryRepository {
  list(): Promise<CategoryRecord[]>;
  /**
   * Creates the category, or updates name and parent of the one with the same slug (keeping
   * its id). Returns what is stored. Used by the seeders, so running them twice changes nothing.
   */
  upsertBySlug(category: CategoryRecord): Promise<CategoryRecord>;
}
