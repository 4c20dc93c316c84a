import { useParams } from 'react-router-dom';
import { AdminOrderDetail } from '@/features/admin/components/admin-order-detail';
import { useDocumentTitle } from '@/hooks/use-document-title';

export function AdminOrderDetailRoute() {
  const { id = '' } = useParams();
  useDocumentTitle('Admin · Order');
  // Keyed: another order starts with its own state (no stale action error or modal).
  return <AdminOrderDetail key={id} orderId={id} />;
}
