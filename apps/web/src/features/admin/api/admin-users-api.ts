import type { ItemEnvelope, ListEnvelope, UserDto } from '@devgear/contracts';
import { baseApi } from '@/lib/base-api';

export interface UserListParams {
  q?: string;
  page?: number;
  per_page?: number;
}

/** The back office's user list (/admin/users). */
export const adminUsersApi = baseApi.injectEndpoints({
  endpoints: (build) => ({
    listUsers: build.query<ListEnvelope<UserDto>, UserListParams>({
      query: (params) => ({ url: '/admin/users', params: { ...params } }),
      providesTags: (result) => [
        { type: 'AdminUser' as const, id: 'LIST' },
        ...(result?.data ?? []).map((u) => ({ type: 'AdminUser' as const, id: u.id })),
      ],
    }),
    changeUserRole: build.mutation<UserDto, { id: string; role: UserDto['role'] }>({
      query: ({ id, role }) => ({ url: `/admin/users/${encodeURIComponent(id)}`, method: 'PATCH', data: { role } }),
      transformResponse: (body: ItemEnvelope<UserDto>) => body.data,
      // 'Me': an admin who changed their own role sees it at once (the session reloads /me).
      invalidatesTags: (_result, _error, { id }) => [{ type: 'AdminUser', id }, 'Me'],
    }),
  }),
});

export const { useListUsersQuery, useChangeUserRoleMutation } = adminUsersApi;
