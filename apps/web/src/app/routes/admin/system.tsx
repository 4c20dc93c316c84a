import Typography from 'antd/es/typography';
import { SystemOverview } from '@/features/admin/components/system-overview';
import { useDocumentTitle } from '@/hooks/use-document-title';

/** /admin/system: the outbox, dead letters, partner webhooks and background jobs (loaded with its route). */
export function Component() {
  useDocumentTitle('Admin · System');
  return (
    <>
      <Typography.Title level={1} className="page-title">
        Admin · System
      </Typography.Title>
      <SystemOverview />
    </>
  );
}
