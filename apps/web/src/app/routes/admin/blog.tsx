import Typography from 'antd/es/typography';
import { AdminBlogTable } from '@/features/blog/components/admin-blog-table';
import { useDocumentTitle } from '@/hooks/use-document-title';

/** /admin/blog: the posts (loaded with its route). */
export function Component() {
  useDocumentTitle('Admin · Blog');
  return (
    <>
      <Typography.Title level={1} className="page-title">
        Admin · Blog
      </Typography.Title>
      <AdminBlogTable />
    </>
  );
}
