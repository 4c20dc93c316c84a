import { lazy, Suspense, useEffect, useState } from 'react';
import { Link, NavLink, useLocation } from 'react-router-dom';
import { useGetCategoriesQuery } from '@/api/catalog-api';
import { catalogHref } from '../lib/catalog-search-params';
import { buildCategoryTree } from '@/lib/category-tree';
import { MenuIcon } from '@/ui';

const CategoryDrawer = lazy(() => import('./category-drawer').then((m) => ({ default: m.CategoryDrawer })));

/**
 * Category navigation from GET /categories (parents with their children). Wide screens: a bar
 * of links; a parent's link opens its category (click, tap or Enter) and its children show in
 * a panel on hover or keyboard focus. Phones (CSS decides): a "Categories" button opening a
 * drawer, whose code loads on the first press.
 */
export function CategoryMenu() {
  const { data: categories } = useGetCategoriesQuery();
  const location = useLocation();
  const [drawer, setDrawer] = useState<'closed' | 'open' | 'never'>('never');
  const tree = buildCategoryTree(categories ?? []);
  const current = location.pathname === '/products' ? new URLSearchParams(location.search).get('category') : null;

  // Following a link closes the panel that hover or focus opened.
  useEffect(() => {
    if (document.activeElement instanceof HTMLElement && document.activeElement.closest('.category-nav')) document.activeElement.blur();
  }, [location.pathname, location.search]);

  return (
    <>
      <button
        type="button"
        className="category-nav__phone-button"
        aria-label="Browse categories"
        onClick={() => setDrawer('open')}
        data-testid="categories-button"
      >
        <MenuIcon />
      </button>
      {drawer !== 'never' && (
        <Suspense fallback={null}>
          <CategoryDrawer open={drawer === 'open'} onClose={() => setDrawer('closed')} />
        </Suspense>
      )}
      <nav className="category-nav" aria-label="Categories" data-testid="category-menu">
        <ul className="category-nav__bar">
          <li className="category-nav__item">
            <NavLink to="/products" end className={() => (location.pathname === '/products' && !current ? 'category-nav__link is-current' : 'category-nav__link')}>
              All products
            </NavLink>
          </li>
          {tree.map((node) => (
            <li key={node.id} className={`category-nav__item${node.children.length ? ' has-children' : ''}`}>
              <CategoryLink category={node} current={current} className="category-nav__link" />
              {node.children.length > 0 && (
                <ul className="category-nav__panel">
                  {node.children.map((child) => (
                    <li key={child.id}>
                      <CategoryLink category={child} current={current} className="category-nav__sublink" />
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      </nav>
    </>
  );
}

/** A category's link in the bar or a parent's panel, marked when it is the one listed now. */
function CategoryLink({ category, current, className }: { category: { slug: string; name: string }; current: string | null; className: string }) {
  const isCurrent = current === category.slug;
  return (
    <Link
      to={catalogHref({ category: category.slug })}
      className={`${className}${isCurrent ? ' is-current' : ''}`}
      aria-current={isCurrent ? 'page' : undefined}
      data-testid={`category-link-${category.slug}`}
    >
      {category.name}
    </Link>
  );
}
