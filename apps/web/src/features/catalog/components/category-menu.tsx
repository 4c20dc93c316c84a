import { AppstoreOutlined, MenuOutlined } from '@ant-design/icons';
import { Button, Drawer, Menu, type MenuProps } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { useIsMobile } from '@/hooks/use-is-mobile';
import { useGetCategoriesQuery } from '../api/catalog-api';
import { catalogHref } from '../lib/catalog-search-params';
import { buildCategoryTree, type CategoryNode } from '../lib/category-tree';

type MenuItem = Required<MenuProps>['items'][number];

function toItems(nodes: CategoryNode[]): MenuItem[] {
  return nodes.map((node) => {
    const link = (label: string) => (
      <Link to={catalogHref({ category: node.slug })} data-testid={`category-link-${node.slug}`}>
        {label}
      </Link>
    );
    if (node.children.length === 0) return { key: node.slug, label: link(node.name) };
    return {
      key: `group:${node.slug}`,
      label: node.name,
      children: [{ key: node.slug, label: link(`All ${node.name}`) }, ...toItems(node.children)],
    };
  });
}

/**
 * Category navigation from GET /categories (parents with their children): a menu bar on
 * wide screens, a "Categories" button opening a drawer on phones.
 */
export function CategoryMenu() {
  const { data: categories } = useGetCategoriesQuery();
  const location = useLocation();
  const isMobile = useIsMobile();
  const [drawerOpen, setDrawerOpen] = useState(false);

  const items = useMemo<MenuItem[]>(
    () => [
      { key: 'all', label: <Link to="/products">All products</Link>, icon: <AppstoreOutlined /> },
      ...toItems(buildCategoryTree(categories ?? [])),
    ],
    [categories],
  );
  const selectedKey =
    location.pathname === '/products' ? (new URLSearchParams(location.search).get('category') ?? 'all') : undefined;
  const selectedKeys = selectedKey ? [selectedKey] : [];

  if (isMobile) {
    return (
      <>
        <Button
          type="text"
          size="large"
          icon={<MenuOutlined />}
          aria-label="Browse categories"
          onClick={() => setDrawerOpen(true)}
          data-testid="categories-button"
        />
        <Drawer
          title="Categories"
          placement="left"
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          size={300}
          styles={{ body: { padding: 0 } }}
        >
          <Menu
            mode="inline"
            items={items}
            selectedKeys={selectedKeys}
            onClick={() => setDrawerOpen(false)}
            aria-label="Categories"
          />
        </Drawer>
      </>
    );
  }

  return (
    <Menu
      className="category-menu"
      mode="horizontal"
      items={items}
      selectedKeys={selectedKeys}
      aria-label="Categories"
      data-testid="category-menu"
    />
  );
}
