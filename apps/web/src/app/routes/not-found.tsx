import { NotFound } from '@/components/shared/not-found';
import { useDocumentTitle } from '@/hooks/use-document-title';

export function NotFoundRoute() {
  useDocumentTitle('Page not found');
  return <NotFound />;
}
