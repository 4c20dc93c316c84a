import Typography from 'antd/es/typography';
import { OrdersTable } from '@/features/admin/components/orders-table';
import { useDocumentTitle } from '@/hooks/use-document-title';

export function AdminOrdersRoute() {
  useDocumentTitle('Admin · Orders');
  return (
    <>
      <Typography.Title level={1} className="page-title">
        Admin · Orders
      </Typography.Title>
      <OrdersTable />
    </>
  );
}
