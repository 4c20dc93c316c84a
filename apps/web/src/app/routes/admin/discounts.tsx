import Typography from 'antd/es/typography';
import { DiscountsTable } from '@/features/admin/components/discounts-table';
import { useDocumentTitle } from '@/hooks/use-document-title';

export function AdminDiscountsRoute() {
  useDocumentTitle('Admin · Discounts');
  return (
    <>
      <Typography.Title level={1} className="page-title">
        Admin · Discounts
      </Typography.Title>
      <DiscountsTable />
    </>
  );
}
