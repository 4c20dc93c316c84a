import { useState } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { useGetCategoriesQuery } from '@/api/catalog-api';
import { catalogHref } from '../lib/catalog-search-params';
import { buildCategoryTree, type CategoryNode } from '@/lib/category-tree';
import { ChevronDownIcon, Drawer, GridIcon } from '@/ui';

interface ListProps {
  nodes: CategoryNode[];
  current: string | null;
  onNavigate: () => void;
}

function CategoryLink({ node, current, onNavigate, label }: { node: CategoryNode; current: string | null; onNavigate: () => void; label: string }) {
  return (
    <Link
      to={catalogHref({ category: node.slug })}
      className={`category-drawer__link${current === node.slug ? ' is-current' : ''}`}
      aria-current={current === node.slug ? 'page' : undefined}
      onClick={onNavigate}
      data-testid={`category-link-${node.slug}`}
    >
      {label}
    </Link>
  );
}

/** A parent opens (a disclosure button) to "All <parent>" and its children. */
function ParentCategory({ node, current, onNavigate }: { node: CategoryNode } & Omit<ListProps, 'nodes'>) {
  const [expanded, setExpanded] = useState(() => current !== null && containsSlug(node, current));
  return (
    <>
      <button type="button" className="category-drawer__link category-drawer__parent" aria-expanded={expanded} onClick={() => setExpanded((value) => !value)}>
        {node.name}
        <ChevronDownIcon className="category-drawer__chevron" />
      </button>
      {expanded && (
        <ul className="category-drawer__list">
          <li>
            <CategoryLink node={node} current={current} onNavigate={onNavigate} label={`All ${node.name}`} />
          </li>
          <CategoryItems nodes={node.children} current={current} onNavigate={onNavigate} />
        </ul>
      )}
    </>
  );
}

function containsSlug(node: CategoryNode, slug: string): boolean {
  return node.slug === slug || node.children.some((child) => containsSlug(child, slug));
}

function CategoryItems({ nodes, current, onNavigate }: ListProps) {
  return (
    <>
      {nodes.map((node) => (
        <li key={node.id}>
          {node.children.length > 0 ? (
            <ParentCategory node={node} current={current} onNavigate={onNavigate} />
          ) : (
            <CategoryLink node={node} current={current} onNavigate={onNavigate} label={node.name} />
          )}
        </li>
      ))}
    </>
  );
}

/** The phones' category drawer (loaded the first time the Categories button is pressed): every category, children indented under their parent. */
export function CategoryDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { data: categories } = useGetCategoriesQuery();
  const location = useLocation();
  const current = location.pathname === '/products' ? new URLSearchParams(location.search).get('category') : null;
  return (
    <Drawer title="Categories" placement="left" open={open} onClose={onClose} width={300} className="category-drawer">
      <nav aria-label="Categories">
        <Link to="/products" className={`category-drawer__link${location.pathname === '/products' && !current ? ' is-current' : ''}`} onClick={onClose}>
          <GridIcon /> All products
        </Link>
        <ul className="category-drawer__list">
          <CategoryItems nodes={buildCategoryTree(categories ?? [])} current={current} onNavigate={onClose} />
        </ul>
      </nav>
    </Drawer>
  );
}
