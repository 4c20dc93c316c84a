import Typography from 'antd/es/typography';
import { UsersTable } from '@/features/admin/components/users-table';
import { useCurrentUser } from '@/hooks/use-session';
import { useDocumentTitle } from '@/hooks/use-document-title';

export function AdminUsersRoute() {
  useDocumentTitle('Admin · Users');
  const user = useCurrentUser();
  return (
    <>
      <Typography.Title level={1} className="page-title">
        Admin · Users
      </Typography.Title>
      <UsersTable currentUserId={user?.id ?? ''} />
    </>
  );
}
