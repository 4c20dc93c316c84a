import type { CatalogReadModel, CategoryView } from '../../ports/catalog-read-model.port';

/**
 * GET /categories, in tree order: each category directly followed by its sub-categories,
 * siblings by name. A navigation menu can render the list top to bottom.
 */
export class ListCategoriesUseCase {
  constructor(private readonly catalog: CatalogReadModel) {}

  async execute(): Promise<CategoryView[]> {
    const categories = await this.catalog.listCategories();
    const ids = new Set(categories.map((c) => c.id));
    const children = new Map<string | null, CategoryView[]>();
    for (const category of categories) {
      // A category whose parent is missing is still listed, as a root.
      const parent = category.parentId !== null && ids.has(category.parentId) ? category.parentId : null;
      children.set(parent, [...(children.get(parent) ?? []), category]);
    }
    for (const list of children.values()) list.sort((a, b) => a.name.localeCompare(b.name) || a.slug.localeCompare(b.slug));

    const ordered: CategoryView[] = [];
    const visited = new Set<string>();
    const stack = [...(children.get(null) ?? [])].reverse();
    while (stack.length > 0) {
      const category = stack.pop() as CategoryView;
      if (visited.has(category.id)) continue;
      visited.add(category.id);
      ordered.push(category);
      stack.push(...[...(children.get(category.id) ?? [])].reverse());
    }
    // Categories caught in a parent cycle have no root; list them last rather than lose them.
    for (const category of categories) if (!visited.has(category.id)) ordered.push(category);
    return ordered;
  }
}
