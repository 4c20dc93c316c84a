import Typography from 'antd/es/typography';
import { AnalyticsDashboard } from '@/features/admin/components/analytics-dashboard';
import { useDocumentTitle } from '@/hooks/use-document-title';

export function AdminDashboardRoute() {
  useDocumentTitle('Admin · Dashboard');
  return (
    <>
      <Typography.Title level={1} className="page-title">
        Admin · Dashboard
      </Typography.Title>
      <AnalyticsDashboard />
    </>
  );
}
