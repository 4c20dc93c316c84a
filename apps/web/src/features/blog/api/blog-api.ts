import type {
  AdminBlogPostDto,
  BlogPostDto,
  BlogPostListResponse,
  BlogPostStatusDto,
  CreateBlogPostRequest,
  ItemEnvelope,
  ListEnvelope,
  UpdateBlogPostRequest,
} from '@devgear/contracts';
import { baseApi, onSuccess } from '@/lib/base-api';

const api = baseApi.enhanceEndpoints({ addTagTypes: ['BlogPost', 'AdminBlogPost'] });

export interface CoverUpload {
  postId: string;
  file: Blob;
  fileName: string;
  alt: string;
}

/** The public blog and its back office. Writes refresh both the admin list and the public pages. */
export const blogApi = api.injectEndpoints({
  endpoints: (build) => ({
    listPosts: build.query<BlogPostListResponse, { tag?: string; page?: number; per_page?: number }>({
      query: (params) => ({ url: '/blog/posts', params: { ...params } }),
      providesTags: ['BlogPost'],
    }),
    getPost: build.query<BlogPostDto, string>({
      query: (slug) => ({ url: `/blog/posts/${encodeURIComponent(slug)}` }),
      transformResponse: (body: ItemEnvelope<BlogPostDto>) => body.data,
      providesTags: ['BlogPost'],
    }),
    listAdminPosts: build.query<ListEnvelope<AdminBlogPostDto>, { status?: BlogPostStatusDto; q?: string; page?: number; per_page?: number }>({
      query: (params) => ({ url: '/admin/blog/posts', params: { ...params } }),
      providesTags: [{ type: 'AdminBlogPost', id: 'LIST' }],
    }),
    getAdminPost: build.query<AdminBlogPostDto, string>({
      query: (id) => ({ url: `/admin/blog/posts/${encodeURIComponent(id)}` }),
      transformResponse: (body: ItemEnvelope<AdminBlogPostDto>) => body.data,
      providesTags: (_result, _error, id) => [{ type: 'AdminBlogPost', id }],
    }),
    createPost: build.mutation<AdminBlogPostDto, CreateBlogPostRequest>({
      query: (body) => ({ url: '/admin/blog/posts', method: 'POST', data: body }),
      transformResponse: (body: ItemEnvelope<AdminBlogPostDto>) => body.data,
      invalidatesTags: (_r, error) => (error ? [] : [{ type: 'AdminBlogPost', id: 'LIST' }, 'BlogPost']),
    }),
    updatePost: build.mutation<AdminBlogPostDto, { id: string; changes: UpdateBlogPostRequest }>({
      query: ({ id, changes }) => ({ url: `/admin/blog/posts/${encodeURIComponent(id)}`, method: 'PATCH', data: changes }),
      transformResponse: (body: ItemEnvelope<AdminBlogPostDto>) => body.data,
      onQueryStarted: ({ id }, { dispatch, queryFulfilled }) => onSuccess(queryFulfilled, (post) => dispatch(blogApi.util.upsertQueryData('getAdminPost', id, post))),
      invalidatesTags: (_r, error) => (error ? [] : [{ type: 'AdminBlogPost', id: 'LIST' }, 'BlogPost']),
    }),
    deletePost: build.mutation<void, string>({
      query: (id) => ({ url: `/admin/blog/posts/${encodeURIComponent(id)}`, method: 'DELETE' }),
      transformResponse: () => undefined,
      invalidatesTags: (_r, error) => (error ? [] : [{ type: 'AdminBlogPost', id: 'LIST' }, 'BlogPost']),
    }),
    setCover: build.mutation<AdminBlogPostDto, CoverUpload>({
      query: ({ postId, file, fileName, alt }) => {
        const form = new FormData();
        form.append('alt', alt);
        form.append('file', file, fileName);
        return { url: `/admin/blog/posts/${encodeURIComponent(postId)}/cover`, method: 'PUT', data: form };
      },
      transformResponse: (body: ItemEnvelope<AdminBlogPostDto>) => body.data,
      onQueryStarted: ({ postId }, { dispatch, queryFulfilled }) => onSuccess(queryFulfilled, (post) => dispatch(blogApi.util.upsertQueryData('getAdminPost', postId, post))),
      invalidatesTags: (_r, error) => (error ? [] : [{ type: 'AdminBlogPost', id: 'LIST' }, 'BlogPost']),
    }),
    removeCover: build.mutation<AdminBlogPostDto, string>({
      query: (postId) => ({ url: `/admin/blog/posts/${encodeURIComponent(postId)}/cover`, method: 'DELETE' }),
      transformResponse: (body: ItemEnvelope<AdminBlogPostDto>) => body.data,
      onQueryStarted: (postId, { dispatch, queryFulfilled }) => onSuccess(queryFulfilled, (post) => dispatch(blogApi.util.upsertQueryData('getAdminPost', postId, post))),
      invalidatesTags: (_r, error) => (error ? [] : [{ type: 'AdminBlogPost', id: 'LIST' }, 'BlogPost']),
    }),
    previewMarkdown: build.mutation<string, string>({
      query: (markdown) => ({ url: '/admin/blog/preview', method: 'POST', data: { body_markdown: markdown } }),
      transformResponse: (body: ItemEnvelope<{ body_html: string }>) => body.data.body_html,
    }),
  }),
});

export const {
  useListPostsQuery,
  useGetPostQuery,
  useListAdminPostsQuery,
  useGetAdminPostQuery,
  useCreatePostMutation,
  useUpdatePostMutation,
  useDeletePostMutation,
  useSetCoverMutation,
  useRemoveCoverMutation,
  usePreviewMarkdownMutation,
} = blogApi;
