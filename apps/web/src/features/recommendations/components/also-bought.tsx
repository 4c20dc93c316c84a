import type { CardAction } from '@/components/product/product-card';
import { useGetAlsoBoughtQuery } from '../api/recommendations-api';
import { RecommendationSection } from './recommendation-section';
import { useSectionResult } from '@/hooks/use-section-result';

/** "Customers also bought" under a product. */
export function AlsoBought({ productId, ...props }: { productId: string; cardAction?: CardAction; cardOverlay?: CardAction }) {
  const { data, isLoading } = useSectionResult(useGetAlsoBoughtQuery(productId));
  return <RecommendationSection title="Customers also bought" testId="also-bought" data={data} isLoading={isLoading} {...props} />;
}
