import { PictureOutlined, PlusOutlined } from '@ant-design/icons';
import type { AdminProductDto } from '@devgear/contracts';
import Input from 'antd/es/input';
import Segmented from 'antd/es/segmented';
import Table from 'antd/es/table';
import Tag from 'antd/es/tag';
import Tooltip from 'antd/es/tooltip';
import Typography from 'antd/es/typography';
import type { TableProps } from 'antd';
import type { SortOrder } from 'antd/es/table/interface';
import { Link, useSearchParams } from 'react-router-dom';
import { ButtonLink } from '@/components/shared/button-link';
import { ApiErrorState } from '@/components/shared/api-error-state';
import { Forbidden } from '@/components/shared/forbidden';
import { queryError } from '@/lib/base-api';
import { formatMoneyRange } from '@/lib/money';
import { useListAdminProductsQuery, type AdminProductStatus } from '../api/admin-products-api';
import { formatDate, formatDateTime } from '@/lib/dates';
import { mergeListParams, positiveInt, tablePagination } from '@/lib/list-params';
import { productStock, STOCK_COLORS } from '../lib/product-stock';

const DEFAULT_PER_PAGE = 20;
const STATUSES: { value: AdminProductStatus; label: string }[] = [
  { value: 'active', label: 'Active' },
  { value: 'archived', label: 'Archived' },
  { value: 'all', label: 'All' },
];

/** Client-side sorts of the page shown: ?sort=name|-name|updated|-updated. */
type SortKey = 'name' | 'updated';
const SORTS = ['name', '-name', 'updated', '-updated'] as const;
type Sort = (typeof SORTS)[number];

function isStatus(value: string | null): value is AdminProductStatus {
  return value === 'active' || value === 'archived' || value === 'all';
}
function isSort(value: string | null): value is Sort {
  return (SORTS as readonly string[]).includes(value ?? '');
}

function sortOrderOf(sort: Sort | null, key: SortKey): SortOrder {
  if (sort === key) return 'ascend';
  if (sort === `-${key}`) return 'descend';
  return null;
}

function sorted(products: AdminProductDto[], sort: Sort | null): AdminProductDto[] {
  if (!sort) return products;
  const desc = sort.startsWith('-');
  const key = sort.replace('-', '') as SortKey;
  const compare = key === 'name' ? (a: AdminProductDto, b: AdminProductDto) => a.name.localeCompare(b.name) : (a: AdminProductDto, b: AdminProductDto) => Date.parse(a.updated_at) - Date.parse(b.updated_at);
  return [...products].sort((a, b) => (desc ? -compare(a, b) : compare(a, b)));
}

function priceRange(product: AdminProductDto): string {
  if (product.variants.length === 0) return '—';
  const amounts = product.variants.map((v) => v.price.amount);
  return formatMoneyRange(Math.min(...amounts), Math.max(...amounts), product.variants[0].price.currency);
}

function StockCell({ product }: { product: AdminProductDto }) {
  const stock = productStock(product);
  return (
    <span className="admin-products__stock" data-testid="product-stock" data-level={stock.level}>
      <span className="admin-products__units" data-testid="product-total-available">
        {product.total_available}
      </span>
      {stock.label && (
        <Tooltip title={stock.detail}>
          <Tag color={STOCK_COLORS[stock.level]} data-testid="product-stock-tag">
            {stock.label}
          </Tag>
        </Tooltip>
      )}
    </span>
  );
}

/**
 * The catalog as the back office sees it: search (name, brand or SKU), active / archived /
 * all, pages, and sorting by name or last change, all in the URL
 * (?q=&status=&page=&per_page=&sort=). Each row shows its stock at a glance.
 */
export function ProductsTable() {
  const [params, setParams] = useSearchParams();
  const rawStatus = params.get('status');
  const status: AdminProductStatus = isStatus(rawStatus) ? rawStatus : 'active';
  const rawSort = params.get('sort');
  const sort = isSort(rawSort) ? rawSort : null;
  const q = params.get('q')?.trim() ?? '';
  const page = positiveInt(params.get('page'), 1);
  const perPage = positiveInt(params.get('per_page'), DEFAULT_PER_PAGE, 100);
  const { data, error, isFetching, refetch } = useListAdminProductsQuery({ q: q || undefined, status, page, per_page: perPage });

  const update = (next: Record<string, string | number | null>) => setParams(mergeListParams(params, next, DEFAULT_PER_PAGE));

  const apiError = queryError(error);
  if (apiError?.status === 403) return <Forbidden />;
  if (apiError && !data) return <ApiErrorState error={apiError} title="We could not load the products" onRetry={() => refetch()} />;

  const columns: TableProps<AdminProductDto>['columns'] = [
    {
      title: '',
      key: 'image',
      width: 64,
      render: (_, product) =>
        product.images[0] ? (
          <img className="admin-products__thumb" src={product.images[0].url} alt={product.images[0].alt} loading="lazy" />
        ) : (
          <span className="admin-products__thumb admin-products__thumb--empty" aria-hidden>
            <PictureOutlined />
          </span>
        ),
    },
    {
      title: 'Product',
      dataIndex: 'name',
      key: 'name',
      sorter: true,
      sortOrder: sortOrderOf(sort, 'name'),
      render: (name: string, product) => {
        const skus = product.variants.map((v) => v.sku).join(', ');
        return (
          <div className="admin-products__name">
            <Link to={`/admin/products/${encodeURIComponent(product.id)}`} data-testid="product-link">
              {name}
            </Link>
            <Typography.Text type="secondary" className="admin-cell__note">
              {product.brand} · {product.variants.length === 1 ? '1 variant' : `${product.variants.length} variants`}
            </Typography.Text>
            <Typography.Text type="secondary" className="admin-products__skus" ellipsis={{ tooltip: skus }} data-testid="product-skus">
              {skus}
            </Typography.Text>
          </div>
        );
      },
    },
    { title: 'Price', key: 'price', width: 160, align: 'right', render: (_, product) => <span className="admin-products__price">{priceRange(product)}</span> },
    { title: 'Stock', key: 'stock', width: 150, render: (_, product) => <StockCell product={product} /> },
    {
      title: 'Status',
      key: 'status',
      width: 100,
      render: (_, product) =>
        product.archived_at ? (
          <Tag data-testid="product-status">Archived</Tag>
        ) : (
          <Tag color="green" data-testid="product-status">
            Active
          </Tag>
        ),
    },
    {
      title: 'Updated',
      dataIndex: 'updated_at',
      key: 'updated',
      width: 130,
      sorter: true,
      sortOrder: sortOrderOf(sort, 'updated'),
      render: (at: string) => (
        <Tooltip title={formatDateTime(at)}>
          <time dateTime={at}>{formatDate(at)}</time>
        </Tooltip>
      ),
    },
  ];

  const filtered = Boolean(q) || status !== 'active';
  return (
    <div data-testid="admin-products">
      <div className="admin-toolbar">
        <div className="admin-toolbar__filters">
          <Segmented<AdminProductStatus>
            value={status}
            onChange={(value) => update({ status: value === 'active' ? null : value, page: 1 })}
            options={STATUSES}
            aria-label="Status"
            data-testid="products-status-filter"
          />
          <Input.Search
            key={q}
            defaultValue={q}
            allowClear
            placeholder="Name, brand or SKU"
            enterButton="Search"
            onSearch={(value) => update({ q: value.trim() || null, page: 1 })}
            style={{ width: 340, maxWidth: '100%' }}
            data-testid="products-search"
          />
        </div>
        <div className="admin-toolbar__filters">
          {data && (
            <Typography.Text type="secondary" data-testid="products-total">
              {data.meta.total === 1 ? '1 product' : `${data.meta.total} products`}
            </Typography.Text>
          )}
          <ButtonLink type="primary" icon={<PlusOutlined />} to="/admin/products/new" data-testid="new-product">
            New product
          </ButtonLink>
        </div>
      </div>
      <Table<AdminProductDto>
        rowKey="id"
        columns={columns}
        dataSource={sorted(data?.data ?? [], sort)}
        loading={isFetching}
        tableLayout="fixed"
        scroll={{ x: 860 }}
        rowClassName={(product) => (product.archived_at ? 'admin-products__row--archived' : '')}
        locale={{ emptyText: filtered ? 'No products match these filters.' : 'No products yet.' }}
        onChange={(_pagination, _filters, sorter, extra) => {
          if (extra.action !== 'sort') return;
          const one = Array.isArray(sorter) ? sorter[0] : sorter;
          const key = one?.columnKey as SortKey | undefined;
          update({ sort: key && one.order ? (one.order === 'descend' ? `-${key}` : key) : null });
        }}
        pagination={tablePagination(data?.meta, page, perPage, update)}
      />
    </div>
  );
}
