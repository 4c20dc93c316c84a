import { useCurrentUser } from '@/hooks/use-session';
import type { CardAction } from '@/components/product/product-card';
import { useGetRecommendationsQuery } from '../api/recommendations-api';
import { RecommendationSection } from './recommendation-section';
import { useSectionResult } from '@/hooks/use-section-result';

/** "Recommended for you" on the home page, for signed-in customers only. */
export function RecommendedForYou(props: { cardAction?: CardAction; cardOverlay?: CardAction }) {
  const user = useCurrentUser();
  const { data, isLoading } = useSectionResult(useGetRecommendationsQuery(undefined, { skip: !user }));
  if (!user) return null;
  return <RecommendationSection title="Recommended for you" testId="recommended-for-you" data={data} isLoading={isLoading} {...props} />;
}
