import { USER_ROLES, type UserDto } from '@devgear/contracts';
import Alert from 'antd/es/alert';
import App from 'antd/es/app';
import Input from 'antd/es/input';
import Select from 'antd/es/select';
import Table from 'antd/es/table';
import Tag from 'antd/es/tag';
import Typography from 'antd/es/typography';
import type { TableProps } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { ApiErrorState } from '@/components/shared/api-error-state';
import { Forbidden } from '@/components/shared/forbidden';
import type { ApiError } from '@/lib/api-client';
import { queryError } from '@/lib/base-api';
import { toApiError } from '@/lib/form-errors';
import { useChangeUserRoleMutation, useListUsersQuery } from '../api/admin-users-api';
import { formatDate } from '@/lib/dates';
import { mergeListParams, positiveInt, tablePagination } from '@/lib/list-params';

const DEFAULT_PER_PAGE = 20;
const ROLE_LABELS: Record<UserDto['role'], string> = { customer: 'Customer', admin: 'Admin' };

/**
 * The store's users with search and pages kept in the URL (?q=&page=&per_page=) and a role
 * picker that asks before changing anything. The API refuses to demote the last admin (409):
 * its message is shown above the table.
 */
export function UsersTable({ currentUserId }: { currentUserId: string }) {
  const [params, setParams] = useSearchParams();
  const q = params.get('q')?.trim() ?? '';
  const page = positiveInt(params.get('page'), 1);
  const perPage = positiveInt(params.get('per_page'), DEFAULT_PER_PAGE, 100);
  const { data, error, isFetching, refetch } = useListUsersQuery({ q: q || undefined, page, per_page: perPage });
  const [changeRole] = useChangeUserRoleMutation();
  const [changing, setChanging] = useState<string | null>(null);
  const [roleError, setRoleError] = useState<ApiError | null>(null);
  const { modal, message } = App.useApp();

  const update = (next: Record<string, string | number | null>) => setParams(mergeListParams(params, next, DEFAULT_PER_PAGE));

  const askToChangeRole = (user: UserDto, role: UserDto['role']) => {
    if (role === user.role) return;
    const name = `${user.first_name} ${user.last_name}`.trim() || user.email;
    const self = user.id === currentUserId;
    modal.confirm({
      title: role === 'admin' ? `Make ${name} an admin?` : `Make ${name} a customer?`,
      content:
        role === 'admin'
          ? 'Admins can open the back office and change everything in the store, including other people’s roles.'
          : self
            ? 'You will lose access to the back office as soon as this is saved.'
            : `${name} will no longer be able to open the back office.`,
      okText: role === 'admin' ? 'Make admin' : 'Make customer',
      okButtonProps: { danger: role === 'customer', 'data-testid': 'role-confirm' },
      cancelText: 'Cancel',
      onOk: async () => {
        setChanging(user.id);
        setRoleError(null);
        try {
          await changeRole({ id: user.id, role }).unwrap();
          void message.success(`${name} is now ${role === 'admin' ? 'an admin' : 'a customer'}.`);
        } catch (raw) {
          setRoleError(toApiError(raw));
        } finally {
          setChanging(null);
        }
      },
    });
  };

  const apiError = queryError(error);
  if (apiError?.status === 403) return <Forbidden />;
  if (apiError && !data) return <ApiErrorState error={apiError} title="We could not load the users" onRetry={() => refetch()} />;

  const columns: TableProps<UserDto>['columns'] = [
    {
      title: 'Name',
      key: 'name',
      render: (_, user) => (
        <span data-testid="user-name">
          {user.first_name} {user.last_name}
          {user.id === currentUserId && (
            <Tag style={{ marginInlineStart: 8 }} data-testid="user-you">
              You
            </Tag>
          )}
        </span>
      ),
    },
    { title: 'Email', dataIndex: 'email', key: 'email', render: (email: string) => <Typography.Text copyable={{ text: email }}>{email}</Typography.Text> },
    {
      title: 'Role',
      key: 'role',
      width: 160,
      render: (_, user) => (
        <Select<UserDto['role']>
          value={user.role}
          style={{ width: 130 }}
          loading={changing === user.id}
          disabled={changing === user.id}
          onChange={(role) => askToChangeRole(user, role)}
          options={USER_ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
          aria-label={`Role of ${user.first_name} ${user.last_name}`}
          data-testid="role-select"
        />
      ),
    },
    {
      title: 'Joined',
      dataIndex: 'created_at',
      key: 'created_at',
      width: 140,
      render: (at: string) => <time dateTime={at}>{formatDate(at)}</time>,
    },
  ];

  return (
    <div data-testid="admin-users">
      <div className="admin-toolbar">
        <Input.Search
          key={q}
          defaultValue={q}
          allowClear
          placeholder="Search by name or email"
          enterButton="Search"
          onSearch={(value) => update({ q: value.trim() || null, page: 1 })}
          style={{ maxWidth: 420 }}
          data-testid="users-search"
        />
        {data && (
          <Typography.Text type="secondary" data-testid="users-total">
            {data.meta.total === 1 ? '1 user' : `${data.meta.total} users`}
          </Typography.Text>
        )}
      </div>
      {roleError && (
        <Alert
          type="error"
          showIcon
          closable
          onClose={() => setRoleError(null)}
          title="The role was not changed"
          description={roleError.message}
          data-testid="role-error"
          style={{ marginBottom: 16 }}
        />
      )}
      <Table<UserDto>
        rowKey="id"
        columns={columns}
        dataSource={data?.data ?? []}
        loading={isFetching}
        scroll={{ x: 640 }}
        locale={{ emptyText: q ? `No users match “${q}”.` : 'No users yet.' }}
        pagination={tablePagination(data?.meta, page, perPage, update)}
      />
    </div>
  );
}
