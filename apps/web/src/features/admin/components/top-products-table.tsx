import type { AnalyticsDto } from '@devgear/contracts';
import Card from 'antd/es/card';
import Table from 'antd/es/table';
import type { TableProps } from 'antd';
import { formatMoney } from '@/lib/money';

type TopProduct = AnalyticsDto['top_products'][number];

const columns: TableProps<TopProduct>['columns'] = [
  { title: '#', key: 'rank', width: 48, render: (_, __, index) => index + 1 },
  { title: 'Product', dataIndex: 'name', key: 'name', render: (name: string) => <span data-testid="top-product-name">{name}</span> },
  { title: 'Units', dataIndex: 'units', key: 'units', align: 'right', width: 100 },
  { title: 'Revenue', key: 'revenue', align: 'right', width: 140, render: (_, p) => formatMoney(p.revenue) },
];

/** The window's best sellers by units (the API sends up to ten). */
export function TopProductsTable({ products }: { products: AnalyticsDto['top_products'] }) {
  return (
    <Card title="Top products" size="small" className="admin-chart" data-testid="top-products">
      <Table<TopProduct>
        rowKey="product_id"
        size="small"
        columns={columns}
        dataSource={products}
        pagination={false}
        locale={{ emptyText: 'Nothing sold in this period.' }}
      />
    </Card>
  );
}
