import { RightOutlined } from '@ant-design/icons';
import Alert from 'antd/es/alert';
import Button from 'antd/es/button';
import Card from 'antd/es/card';
import Col from 'antd/es/col';
import Row from 'antd/es/row';
import Skeleton from 'antd/es/skeleton';
import Typography from 'antd/es/typography';
import { Link } from 'react-router-dom';
import { queryError } from '@/lib/base-api';
import { useGetCategoriesQuery } from '@/api/catalog-api';
import { catalogHref } from '../lib/catalog-search-params';

function productCount(n: number): string {
  return `${n} ${n === 1 ? 'product' : 'products'}`;
}

/** The top-level categories as tiles with how many products each holds. */
export function FeaturedCategories() {
  const { data, isLoading, error, refetch } = useGetCategoriesQuery();

  if (isLoading) {
    return (
      <Row gutter={[16, 16]}>
        {Array.from({ length: 4 }, (_, i) => (
          <Col key={i} xs={12} md={6}>
            <Card>
              <Skeleton active paragraph={{ rows: 1 }} />
            </Card>
          </Col>
        ))}
      </Row>
    );
  }
  if (error) {
    return (
      <Alert
        type="warning"
        showIcon
        title="Categories could not be loaded"
        description={queryError(error)?.message}
        action={
          <Button size="small" onClick={() => refetch()}>
            Try again
          </Button>
        }
      />
    );
  }
  const roots = (data ?? []).filter((c) => c.parent_id === null);
  const featured = (roots.length > 0 ? roots : (data ?? [])).filter((c) => c.product_count > 0).slice(0, 8);
  if (featured.length === 0) return <Typography.Text type="secondary">No categories yet.</Typography.Text>;

  return (
    <Row gutter={[16, 16]} data-testid="featured-categories">
      {featured.map((c) => (
        <Col key={c.id} xs={12} md={8} lg={6}>
          <Link to={catalogHref({ category: c.slug })} className="category-tile" data-testid={`featured-category-${c.slug}`}>
            <Card hoverable size="small">
              <Typography.Text strong style={{ fontSize: 16 }}>
                {c.name}
              </Typography.Text>
              <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', marginTop: 4 }}>
                <Typography.Text type="secondary">{productCount(c.product_count)}</Typography.Text>
                <RightOutlined aria-hidden style={{ color: '#3b5bdb' }} />
              </div>
            </Card>
          </Link>
        </Col>
      ))}
    </Row>
  );
}
