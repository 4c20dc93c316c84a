import Typography from 'antd/es/typography';
import { AdminReviewsTable } from '@/features/reviews/components/admin-reviews-table';
import { useDocumentTitle } from '@/hooks/use-document-title';

/** /admin/reviews: moderation (loaded with its route). */
export function Component() {
  useDocumentTitle('Admin · Reviews');
  return (
    <>
      <Typography.Title level={1} className="page-title">
        Admin · Reviews
      </Typography.Title>
      <AdminReviewsTable />
    </>
  );
}
