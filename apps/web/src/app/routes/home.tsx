import type { ProductSummaryDto } from '@devgear/contracts';
import { Space, Typography } from 'antd';
import { ButtonLink } from '@/components/shared/button-link';
import { QuickAddButton } from '@/features/cart/components/quick-add-button';
import { FeaturedCategories } from '@/features/catalog/components/featured-categories';
import { ProductSection } from '@/features/catalog/components/product-section';
import { useDocumentTitle } from '@/hooks/use-document-title';

const addButton = (product: ProductSummaryDto) => <QuickAddButton product={product} />;

export function HomeRoute() {
  useDocumentTitle(null);
  return (
    <>
      <section className="hero" data-testid="hero">
        <Typography.Title level={1} style={{ marginTop: 0 }}>
          Gear for people who ship code
        </Typography.Title>
        <Typography.Paragraph className="hero__lead">
          Mechanical keyboards, sharp monitors, quiet headphones and the little things that make a desk yours. Chosen by
          programmers, for programmers.
        </Typography.Paragraph>
        <Space wrap>
          <ButtonLink to="/products" type="primary" size="large" style={{ background: '#fff', color: '#26378f' }}>
            Shop all products
          </ButtonLink>
          <ButtonLink to="/products?sort=rating_desc" size="large" ghost>
            See what people love
          </ButtonLink>
        </Space>
      </section>

      <section className="section" aria-labelledby="featured-categories-title">
        <div className="section__header">
          <Typography.Title level={2} id="featured-categories-title" style={{ fontSize: 22 }}>
            Shop by category
          </Typography.Title>
        </div>
        <FeaturedCategories />
      </section>

      <ProductSection title="New arrivals" sort="newest" testId="new-arrivals" cardAction={addButton} />
      <ProductSection title="Best rated" sort="rating_desc" testId="best-rated" cardAction={addButton} />
    </>
  );
}
