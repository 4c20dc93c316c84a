import type { CategoryDto } from '@devgear/contracts';

export interface CategoryNode extends CategoryDto {
  children: CategoryNode[];
}

/**
 * Builds the category tree from the flat list of GET /categories, keeping the API's
 * order among siblings. A category whose parent is missing is treated as a root so it
 * stays reachable.
 */
export function buildCategoryTree(categories: readonly CategoryDto[]): CategoryNode[] {
  const nodes = new Map<string, CategoryNode>();
  for (const c of categories) nodes.set(c.id, { ...c, children: [] });
  const roots: CategoryNode[] = [];
  for (const c of categories) {
    const node = nodes.get(c.id)!;
    const parent = c.parent_id ? nodes.get(c.parent_id) : undefined;
    if (parent && parent !== node) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

/** Slug -> category, for naming the slugs that facets and URLs carry. */
export function indexBySlug(categories: readonly CategoryDto[] | undefined): Map<string, CategoryDto> {
  return new Map((categories ?? []).map((c) => [c.slug, c]));
}

/** Human name for a category slug; falls back to a readable form of the slug. */
export function categoryName(slug: string, bySlug: Map<string, CategoryDto>): string {
  return bySlug.get(slug)?.name ?? slug.replace(/-/g, ' ').replace(/^\w/, (ch) => ch.toUpperCase());
}
