import { Navigate, useParams } from 'react-router-dom';
import { catalogHref } from '@/features/catalog/lib/catalog-search-params';

/** /categories/:slug is an alias of the filtered catalog. */
export function CategoryRedirectRoute() {
  const { slug = '' } = useParams();
  return <Navigate to={catalogHref({ category: slug })} replace />;
}
