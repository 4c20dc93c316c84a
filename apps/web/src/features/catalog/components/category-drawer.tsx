import { AppstoreOutlined } from '@ant-design/icons';
import Drawer from 'antd/es/drawer';
import Menu from 'antd/es/menu';
import type { MenuProps } from 'antd';
import { useMemo } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { useGetCategoriesQuery } from '@/api/catalog-api';
import { catalogHref } from '../lib/catalog-search-params';
import { buildCategoryTree, type CategoryNode } from '@/lib/category-tree';

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

/** The phones' category drawer (loaded the first time the Categories button is pressed). */
export function CategoryDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { data: categories } = useGetCategoriesQuery();
  const location = useLocation();
  const items = useMemo<MenuItem[]>(
    () => [
      { key: 'all', label: <Link to="/products">All products</Link>, icon: <AppstoreOutlined /> },
      ...toItems(buildCategoryTree(categories ?? [])),
    ],
    [categories],
  );
  const selectedKey =
    location.pathname === '/products' ? (new URLSearchParams(location.search).get('category') ?? 'all') : undefined;
  return (
    <Drawer title="Categories" placement="left" open={open} onClose={onClose} size={300} styles={{ body: { padding: 0 } }}>
      <Menu mode="inline" items={items} selectedKeys={selectedKey ? [selectedKey] : []} onClick={onClose} aria-label="Categories" />
    </Drawer>
  );
}
