import type { RecommendationsResponse } from '@devgear/contracts';
import { ProductGrid, ProductGridSkeleton } from '@/components/product/product-grid';
import type { CardAction } from '@/components/product/product-card';

interface RecommendationSectionProps {
  title: string;
  testId: string;
  data: RecommendationsResponse | undefined;
  isLoading: boolean;
  cardAction?: CardAction;
  cardOverlay?: CardAction;
}

/** A titled row of recommended products; nothing at all when there is nothing to recommend or it failed. */
export function RecommendationSection({ title, testId, data, isLoading, cardAction, cardOverlay }: RecommendationSectionProps) {
  if (!isLoading && !data?.data.length) return null;
  const headingId = `${testId}-title`;
  return (
    <section className="section recommendation-section" aria-labelledby={headingId} data-testid={testId}>
      <div className="section__header">
        <h2 id={headingId} className="section__title">
          {title}
        </h2>
      </div>
      {isLoading || !data ? <ProductGridSkeleton count={4} /> : <ProductGrid products={data.data.slice(0, 8)} cardAction={cardAction} cardOverlay={cardOverlay} />}
    </section>
  );
}
