import Space from 'antd/es/space';
import Typography from 'antd/es/typography';
import { ButtonLink } from '@/components/shared/button-link';
import { LatestPosts } from '@/features/blog/components/latest-posts';
import { FeaturedCategories } from '@/features/catalog/components/featured-categories';
import { ProductSection } from '@/features/catalog/components/product-section';
import { RecommendedForYou } from '@/features/recommendations/components/recommended-for-you';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { addToCartAction as addButton, wishlistOverlay } from './card-actions';

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

      <RecommendedForYou cardAction={addButton} cardOverlay={wishlistOverlay} />
      <ProductSection title="New arrivals" sort="newest" testId="new-arrivals" cardAction={addButton} cardOverlay={wishlistOverlay} />
      <ProductSection title="Best rated" sort="rating_desc" testId="best-rated" cardAction={addButton} cardOverlay={wishlistOverlay} />
      <LatestPosts />
    </>
  );
}
