import { zodResolver } from '@hookform/resolvers/zod';
import { BLOG_LIMITS, createBlogPostSchema, type AdminBlogPostDto, type CreateBlogPostRequest } from '@devgear/contracts';
import Alert from 'antd/es/alert';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import Form from 'antd/es/form';
import Input from 'antd/es/input';
import Popconfirm from 'antd/es/popconfirm';
import Radio from 'antd/es/radio';
import Select from 'antd/es/select';
import Space from 'antd/es/space';
import Tabs from 'antd/es/tabs';
import Tag from 'antd/es/tag';
import Typography from 'antd/es/typography';
import { useEffect, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useNavigate } from 'react-router-dom';
import type { z } from 'zod';
import { FormAlert } from '@/components/form/form-alert';
import { FormField } from '@/components/form/form-field';
import { useGetProductQuery, useListProductsQuery } from '@/api/catalog-api';
import { useDebouncedValue } from '@/hooks/use-debounced-value';
import { useFormSubmit } from '@/hooks/use-form-submit';
import { toApiError } from '@/lib/form-errors';
import { useCreatePostMutation, useDeletePostMutation, usePreviewMarkdownMutation, useUpdatePostMutation } from '../api/blog-api';
import { CoverEditor } from './cover-editor';
import './blog.css';

type Values = z.input<typeof createBlogPostSchema>;

const valuesOf = (post: AdminBlogPostDto | null): Values => ({
  title: post?.title ?? '',
  slug: post?.slug ?? '',
  excerpt: post?.excerpt ?? '',
  body_markdown: post?.body_markdown ?? '',
  tags: post?.tags ?? [],
  status: post?.status ?? 'draft',
  product_ids: post?.product_ids ?? [],
});

/** A linked product shown by name (loaded by id), removable. */
function ProductTag({ id, onClose }: { id: string; onClose: () => void }) {
  const { data } = useGetProductQuery(id);
  return (
    <Tag closable onClose={onClose} style={{ marginInlineEnd: 4 }} data-testid="post-product-tag">
      {data?.name ?? 'Loading…'}
    </Tag>
  );
}

/** Finds catalog products by name to link them to the post. */
function ProductPicker({ value, onChange }: { value: string[]; onChange: (ids: string[]) => void }) {
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim(), 250);
  const { data, isFetching } = useListProductsQuery({ q: q || undefined, per_page: 20 });
  return (
    <Select
      mode="multiple"
      value={value}
      onChange={onChange}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      loading={isFetching}
      placeholder="Search products to link"
      options={(data?.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
      tagRender={({ value: id, onClose }) => <ProductTag id={String(id)} onClose={onClose} />}
      maxCount={BLOG_LIMITS.PRODUCTS_MAX}
      notFoundContent={isFetching ? 'Searching…' : 'No product found'}
      data-testid="post-products"
      aria-label="Linked products"
    />
  );
}

/** The server's rendering of the Markdown (sanitised exactly as a saved post), refreshed as the editor types. */
function MarkdownPreview({ markdown }: { markdown: string }) {
  const debounced = useDebouncedValue(markdown, 400);
  const [render, { data: html, isLoading, error }] = usePreviewMarkdownMutation();
  useEffect(() => {
    if (debounced.trim()) void render(debounced);
  }, [debounced, render]);
  if (!debounced.trim()) return <Typography.Text type="secondary">Nothing to preview yet.</Typography.Text>;
  if (error) return <Alert type="warning" showIcon title="The preview could not be rendered" description={toApiError(error).message} />;
  return <div className="blog-post__body blog-editor__preview" aria-busy={isLoading} data-testid="post-preview" dangerouslySetInnerHTML={{ __html: html ?? '' }} />;
}

/**
 * The blog editor: title, slug, excerpt, tags, linked products, Markdown with a live preview,
 * the cover image (once the post exists) and draft/published. Saves with the API's problems on
 * their fields.
 */
export function BlogPostEditor({ post }: { post: AdminBlogPostDto | null }) {
  const form = useForm<Values, unknown, CreateBlogPostRequest>({ resolver: zodResolver(createBlogPostSchema) as never, defaultValues: valuesOf(post) });
  const [createPost] = useCreatePostMutation();
  const [updatePost] = useUpdatePostMutation();
  const [deletePost, deletion] = useDeletePostMutation();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const markdown = useWatch({ control: form.control, name: 'body_markdown' }) ?? '';

  useEffect(() => form.reset(valuesOf(post)), [post, form]);

  const { submit, submitting, formError } = useFormSubmit(form, async (values) => {
    const body = { ...values, slug: values.slug?.trim() || undefined };
    if (post) {
      await updatePost({ id: post.id, changes: body }).unwrap();
      void message.success(values.status === 'published' ? 'Saved and published.' : 'Draft saved.');
    } else {
      const created = await createPost(body).unwrap();
      void message.success(created.status === 'published' ? 'Post published.' : 'Draft saved.');
      void navigate(`/admin/blog/${created.id}`, { replace: true });
    }
  });

  const remove = async () => {
    if (!post) return;
    try {
      await deletePost(post.id).unwrap();
      void message.success('Post deleted.');
      void navigate('/admin/blog');
    } catch (raw) {
      void message.error(toApiError(raw).message);
    }
  };

  return (
    <Form component="div" layout="vertical" requiredMark={false} className="blog-editor" data-testid="post-editor">
      <FormAlert error={formError} />
      <FormField control={form.control} name="title" label="Title">
        {(field) => <Input {...field} maxLength={BLOG_LIMITS.TITLE_MAX} data-testid="post-title" />}
      </FormField>
      <div className="blog-editor__row">
        <FormField control={form.control} name="slug" label="Slug" extra={post ? `Public address: /blog/${post.slug}` : 'Leave empty to make one from the title'}>
          {(field) => <Input {...field} value={field.value ?? ''} placeholder="made-from-the-title" data-testid="post-slug" />}
        </FormField>
        <FormField control={form.control} name="status" label="Status">
          {(field) => (
            <Radio.Group {...field} optionType="button" buttonStyle="solid" data-testid="post-status">
              <Radio.Button value="draft" data-testid="post-status-draft">Draft</Radio.Button>
              <Radio.Button value="published" data-testid="post-status-published">Published</Radio.Button>
            </Radio.Group>
          )}
        </FormField>
      </div>
      <FormField control={form.control} name="excerpt" label="Excerpt" extra="Shown in lists; leave empty to use the first words of the post">
        {(field) => <Input.TextArea {...field} value={field.value ?? ''} rows={2} maxLength={BLOG_LIMITS.EXCERPT_MAX} showCount data-testid="post-excerpt" />}
      </FormField>
      <div className="blog-editor__row">
        <FormField control={form.control} name="tags" label="Tags">
          {(field) => <Select mode="tags" value={field.value ?? []} onChange={field.onChange} tokenSeparators={[',']} maxCount={BLOG_LIMITS.TAGS_MAX} placeholder="keyboards, buying-guide" open={false} data-testid="post-tags" aria-label="Tags" />}
        </FormField>
        <FormField control={form.control} name="product_ids" label="Linked products">
          {(field) => <ProductPicker value={field.value ?? []} onChange={field.onChange} />}
        </FormField>
      </div>
      <FormField control={form.control} name="body_markdown" label="Post (Markdown)">
        {(field) => (
          <Tabs
            items={[
              { key: 'write', label: 'Write', children: <Input.TextArea {...field} rows={16} className="blog-editor__markdown" placeholder={'## A heading\n\nSome **bold** text and a [link](/products/...).'} data-testid="post-body" /> },
              { key: 'preview', label: 'Preview', children: <MarkdownPreview markdown={markdown} /> },
            ]}
            tabBarExtraContent={<Typography.Text type="secondary">Markdown: **bold**, _italic_, ## headings, - lists, [links](url)</Typography.Text>}
          />
        )}
      </FormField>
      {post && <CoverEditor post={post} />}
      <Space className="blog-editor__actions">
        <Button type="primary" loading={submitting} onClick={() => void submit()} data-testid="post-save">
          {post ? 'Save' : 'Create post'}
        </Button>
        {post?.status === 'published' && (
          <Button href={`/blog/${post.slug}`} target="_blank">
            View on the shop
          </Button>
        )}
        {post && (
          <Popconfirm title="Delete this post?" description="It disappears from the shop at once." okText="Delete" okButtonProps={{ danger: true }} onConfirm={() => remove()}>
            <Button danger loading={deletion.isLoading} data-testid="post-delete">
              Delete
            </Button>
          </Popconfirm>
        )}
      </Space>
    </Form>
  );
}
