import { DomainError } from '../shared/domain-error';
import type { CategoryNode } from './category.entity';
import { CatalogErrorCodes } from './catalog.errors';

/**
 * The categories as a forest, checked for consistency when built: unique ids and slugs,
 * every parent present, no cycles. Browsing a category includes its whole subtree.
 */
export class CategoryTree {
  private readonly byId = new Map<string, CategoryNode>();
  private readonly bySlug = new Map<string, CategoryNode>();
  private readonly children = new Map<string | null, CategoryNode[]>();

  private constructor(private readonly nodes: readonly CategoryNode[]) {
    for (const node of nodes) {
      this.byId.set(node.id, node);
      this.bySlug.set(node.slug, node);
      const siblings = this.children.get(node.parentId) ?? [];
      siblings.push(node);
      this.children.set(node.parentId, siblings);
    }
  }

  static build(categories: readonly CategoryNode[]): CategoryTree {
    const ids = new Map<string, CategoryNode>();
    const slugs = new Map<string, CategoryNode>();
    for (const category of categories) {
      if (ids.has(category.id)) {
        throw new DomainError(CatalogErrorCodes.DUPLICATE_CATEGORY, `Two categories share the id ${category.id}`, 'validation', {
          id: ['must be unique'],
        });
      }
      if (slugs.has(category.slug)) {
        throw new DomainError(CatalogErrorCodes.DUPLICATE_CATEGORY, `Two categories share the slug "${category.slug}"`, 'conflict', {
          slug: ['is already taken by another category'],
        });
      }
      ids.set(category.id, category);
      slugs.set(category.slug, category);
    }
    for (const category of categories) {
      if (category.parentId !== null && !ids.has(category.parentId)) {
        throw new DomainError(
          CatalogErrorCodes.UNKNOWN_PARENT_CATEGORY,
          `Category "${category.slug}" has a parent (${category.parentId}) that does not exist`,
          'validation',
          { parent_id: ['does not match any category'] },
        );
      }
    }
    CategoryTree.rejectCycles(categories, ids);
    return new CategoryTree([...categories]);
  }

  private static rejectCycles(categories: readonly CategoryNode[], ids: Map<string, CategoryNode>): void {
    const settled = new Set<string>();
    for (const start of categories) {
      const path: CategoryNode[] = [];
      const onPath = new Set<string>();
      let current: CategoryNode | undefined = start;
      while (current && !settled.has(current.id)) {
        if (onPath.has(current.id)) {
          const loopStart = path.findIndex((n) => n.id === current!.id);
          const loop = [...path.slice(loopStart), current].map((n) => n.slug).join(' -> ');
          throw new DomainError(CatalogErrorCodes.CATEGORY_CYCLE, `Categories form a cycle: ${loop}`, 'validation', {
            parent_id: ['would make the category its own ancestor'],
          });
        }
        onPath.add(current.id);
        path.push(current);
        current = current.parentId === null ? undefined : ids.get(current.parentId);
      }
      for (const node of path) settled.add(node.id);
    }
  }

  get size(): number {
    return this.nodes.length;
  }

  all(): CategoryNode[] {
    return [...this.nodes];
  }

  findById(id: string): CategoryNode | null {
    return this.byId.get(id) ?? null;
  }

  findBySlug(slug: string): CategoryNode | null {
    return this.bySlug.get(slug) ?? null;
  }

  roots(): CategoryNode[] {
    return [...(this.children.get(null) ?? [])];
  }

  childrenOf(id: string): CategoryNode[] {
    return [...(this.children.get(id) ?? [])];
  }

  /** The id itself followed by every descendant (breadth first); empty for an unknown id. */
  descendantIdsOf(id: string): string[] {
    if (!this.byId.has(id)) return [];
    const result = [id];
    for (let i = 0; i < result.length; i++) {
      for (const child of this.children.get(result[i]) ?? []) result.push(child.id);
    }
    return result;
  }

  /** The chain from the root down to the category's parent (breadcrumbs); empty for a root or unknown id. */
  ancestorsOf(id: string): CategoryNode[] {
    const chain: CategoryNode[] = [];
    let parentId = this.byId.get(id)?.parentId ?? null;
    while (parentId !== null) {
      const parent = this.byId.get(parentId);
      if (!parent) break;
      chain.unshift(parent);
      parentId = parent.parentId;
    }
    return chain;
  }
}
