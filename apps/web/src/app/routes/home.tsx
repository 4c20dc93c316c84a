import { LatestPosts } from '@/features/blog/components/latest-posts';
import { FeaturedCategories } from '@/features/catalog/components/featured-categories';
import { ProductSection } from '@/features/catalog/components/product-section';
import { RecommendedForYou } from '@/features/recommendations/components/recommended-for-you';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { ButtonLink } from '@/ui';
import { addToCartAction as addButton, wishlistOverlay } from './card-actions';

export function HomeRoute() {
  useDocumentTitle(null);
  return (
    <>
      <section className="hero" data-testid="hero">
        <h1 className="hero__title">Gear for people who ship code</h1>
        <p className="hero__lead">
          Mechanical keyboards, sharp monitors, quiet headphones and the little things that make a desk yours. Chosen by
          programmers, for programmers.
        </p>
        <div className="hero__actions">
          <ButtonLink to="/products" size="large" className="hero__cta">
            Shop all products
          </ButtonLink>
          <ButtonLink to="/products?sort=rating_desc" size="large" className="hero__ghost">
            See what people love
          </ButtonLink>
        </div>
      </section>

      <section className="section" aria-labelledby="featured-categories-title">
        <div className="section__header">
          <h2 id="featured-categories-title" className="section__title">
            Shop by category
          </h2>
        </div>
        <FeaturedCategories />
      </section>

      <RecommendedForYou cardAction={addButton} cardOverlay={wishlistOverlay} />
      <ProductSection title="New arrivals" sort="newest" testId="new-arrivals" cardAction={addButton} cardOverlay={wishlistOverlay} eagerCount={2} />
      <ProductSection title="Best rated" sort="rating_desc" testId="best-rated" cardAction={addButton} cardOverlay={wishlistOverlay} />
      <LatestPosts />
    </>
  );
}
