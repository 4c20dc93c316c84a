import { ExportOutlined, InboxOutlined, ReloadOutlined, SaveOutlined } from '@ant-design/icons';
import { zodResolver } from '@hookform/resolvers/zod';
import type { AdminProductDto, CategoryDto } from '@devgear/contracts';
import Alert from 'antd/es/alert';
import App from 'antd/es/app';
import Breadcrumb from 'antd/es/breadcrumb';
import Button from 'antd/es/button';
import Card from 'antd/es/card';
import Col from 'antd/es/col';
import Form from 'antd/es/form';
import Input from 'antd/es/input';
import Row from 'antd/es/row';
import Select from 'antd/es/select';
import Skeleton from 'antd/es/skeleton';
import Tag from 'antd/es/tag';
import Typography from 'antd/es/typography';
import { useMemo, useRef, useState } from 'react';
import { useForm, type FieldPath, type UseFormSetError } from 'react-hook-form';
import { Link, useNavigate } from 'react-router-dom';
import { FormAlert } from '@/components/form/form-alert';
import { FormField } from '@/components/form/form-field';
import { ApiErrorState } from '@/components/shared/api-error-state';
import { ButtonLink } from '@/components/shared/button-link';
import { Forbidden } from '@/components/shared/forbidden';
import { NotFound } from '@/components/shared/not-found';
import { useGetCategoriesQuery } from '@/api/catalog-api';
import { buildCategoryTree, type CategoryNode } from '@/lib/category-tree';
import { useDocumentTitle } from '@/hooks/use-document-title';
import type { ApiError } from '@/lib/api-client';
import { queryError } from '@/lib/base-api';
import { toApiError } from '@/lib/form-errors';
import { useArchiveProductMutation, useCreateProductMutation, useGetAdminProductQuery, useUpdateProductMutation } from '../api/admin-products-api';
import { useUnsavedChanges } from '../hooks/use-unsaved-changes';
import { formatDateTime } from '@/lib/dates';
import {
  formFieldOf,
  hasChanges,
  productChanges,
  productCurrency,
  productFormSchema,
  productFormValues,
  productToCreateRequest,
  type ProductFormValues,
} from '../lib/product-form';
import { ProductImages } from './product-images';
import { ProductSpecsEditor } from './product-specs-editor';
import { ProductVariantsEditor, type AdminVariant } from './product-variants-editor';
import { StockAdjustModal } from './stock-adjust-modal';
import { StockHistory } from './stock-history';
import { UnsavedChangesDialog } from './unsaved-changes-dialog';

/** Categories in menu order, children named with their parent: "Keyboards › Keycaps". */
export function categoryOptions(categories: readonly CategoryDto[]): { value: string; label: string }[] {
  const options: { value: string; label: string }[] = [];
  const walk = (nodes: CategoryNode[], prefix: string) => {
    for (const node of nodes) {
      const label = prefix ? `${prefix} › ${node.name}` : node.name;
      options.push({ value: node.id, label });
      walk(node.children, label);
    }
  };
  walk(buildCategoryTree(categories), '');
  return options;
}

/**
 * Puts the API's problems on the fields they name (`variants.1.sku` on that row's SKU) and
 * focuses the first. True when every problem found a field.
 */
function placeProductErrors(error: ApiError, values: ProductFormValues, setError: UseFormSetError<ProductFormValues>): boolean {
  if (error.status === 0 || error.status >= 500 || error.status === 429) return false;
  const entries = Object.entries(error.details);
  let placed = 0;
  for (const [field, problems] of entries) {
    const target = formFieldOf(field, values);
    if (!target || problems.length === 0) continue;
    setError(target as FieldPath<ProductFormValues>, { type: 'server', message: problems.join('; ') }, { shouldFocus: placed === 0 });
    placed += 1;
  }
  return entries.length > 0 && placed === entries.length;
}

interface ProductEditorProps {
  /** The product as currently cached (images and stock follow it); none to create one. */
  product?: AdminProductDto;
  onReload?: () => Promise<AdminProductDto>;
}

/**
 * Creates or edits a product. The form starts from the product as loaded and is saved with
 * that `version` (PATCH sends only what changed); when someone else saved meanwhile the API
 * answers 409 and the editor explains it, keeping the edits until "Reload". Stock and images
 * are changed at once through their own endpoints; leaving with unsaved edits asks first.
 */
export function ProductEditor({ product, onReload }: ProductEditorProps) {
  const navigate = useNavigate();
  const { message, modal } = App.useApp();
  /** What the form was last loaded from or saved as: changes are computed against it. */
  const [baseline, setBaseline] = useState<AdminProductDto | undefined>(product);
  /** The version this editor's edits are based on (sent with every save). */
  const [version, setVersion] = useState(product?.version ?? 0);
  const [stale, setStale] = useState<ApiError | null>(null);
  const [formError, setFormError] = useState<ApiError | null>(null);
  const [adjusting, setAdjusting] = useState<AdminVariant | null>(null);
  const [reloading, setReloading] = useState(false);
  const inFlight = useRef(false);
  const editing = Boolean(baseline);
  const archived = Boolean(product?.archived_at);
  const currency = productCurrency(baseline);
  const schema = useMemo(() => productFormSchema({ editing, currency }), [editing, currency]);
  const form = useForm<ProductFormValues>({ resolver: zodResolver(schema), defaultValues: productFormValues(baseline) });
  const { isDirty, isSubmitting } = form.formState;
  const { blocker, allowNavigation } = useUnsavedChanges(isDirty && !archived);
  const { data: categories, isLoading: categoriesLoading } = useGetCategoriesQuery();
  const [createProduct] = useCreateProductMutation();
  const [updateProduct] = useUpdateProductMutation();
  const [archiveProduct] = useArchiveProductMutation();
  const options = useMemo(() => categoryOptions(categories ?? []), [categories]);
  const title = baseline?.name ?? 'New product';
  useDocumentTitle(editing ? `Admin · ${title}` : 'Admin · New product');

  const save = form.handleSubmit(
    async (values) => {
      if (inFlight.current) return;
      inFlight.current = true;
      setFormError(null);
      try {
        if (!baseline) {
          const created = await createProduct(productToCreateRequest(values, currency)).unwrap();
          allowNavigation();
          void message.success(`${created.name} created. Add its images below.`);
          navigate(`/admin/products/${encodeURIComponent(created.id)}`, { replace: true });
          return;
        }
        const changes = productChanges(baseline, values, version);
        if (!hasChanges(changes)) {
          form.reset(values);
          void message.info('Nothing to save: nothing changed.');
          return;
        }
        const updated = await updateProduct({ id: baseline.id, changes }).unwrap();
        setBaseline(updated);
        setVersion(updated.version);
        setStale(null);
        form.reset(productFormValues(updated));
        void message.success(`${updated.name} saved.`);
      } catch (raw) {
        const error = toApiError(raw);
        if (error.status === 409 && error.details.version) {
          setStale(error);
          return;
        }
        void message.error(`Not saved: ${error.message}`);
        if (!placeProductErrors(error, values, form.setError)) setFormError(error);
      } finally {
        inFlight.current = false;
      }
    },
    () => void message.error('Not saved yet: some fields need attention (marked in red).'),
  );

  const reload = async () => {
    if (!onReload) return;
    setReloading(true);
    try {
      const fresh = await onReload();
      setBaseline(fresh);
      setVersion(fresh.version);
      setStale(null);
      setFormError(null);
      form.reset(productFormValues(fresh));
      void message.info('Reloaded: you now see the latest saved product.');
    } catch (raw) {
      void message.error(`Could not reload: ${toApiError(raw).message}`);
    } finally {
      setReloading(false);
    }
  };

  const discard = () => {
    form.reset(productFormValues(baseline));
    setFormError(null);
  };

  const askToArchive = () => {
    if (!product) return;
    modal.confirm({
      title: `Archive ${product.name}?`,
      content: `It disappears from the shop and can no longer be bought; orders that contain it keep it.${isDirty ? ' Your unsaved changes are discarded.' : ''}`,
      okText: 'Archive',
      okButtonProps: { danger: true, 'data-testid': 'archive-confirm' },
      cancelText: 'Cancel',
      onOk: async () => {
        try {
          await archiveProduct(product.id).unwrap();
          allowNavigation();
          void message.success(`${product.name} archived.`);
          navigate('/admin/products');
        } catch (raw) {
          void message.error(`Not archived: ${toApiError(raw).message}`);
        }
      },
    });
  };

  /** An image change answered with the product: its version is ours to keep when only we changed it. */
  const onImagesChanged = (updated: AdminProductDto) => setVersion((current) => (updated.version === current + 1 ? updated.version : current));

  const disabled = archived || isSubmitting;
  return (
    <div className="admin-product" data-testid="product-editor">
      <Breadcrumb className="admin-breadcrumb" items={[{ title: <Link to="/admin/products">Products</Link> }, { title }]} />
      <div className="admin-detail__head">
        <div>
          <Typography.Title level={1} className="page-title admin-detail__title" data-testid="product-editor-title">
            {title}
          </Typography.Title>
          {product && (
            <div className="admin-product__meta">
              {archived ? <Tag data-testid="product-status">Archived</Tag> : <Tag color="green" data-testid="product-status">Active</Tag>}
              <Typography.Text type="secondary" className="admin-cell__note">
                Last saved {formatDateTime(product.updated_at)}
              </Typography.Text>
            </div>
          )}
        </div>
        {product && !archived && (
          <div className="admin-product__head-actions">
            <ButtonLink icon={<ExportOutlined />} to={`/products/${encodeURIComponent(product.slug)}`} data-testid="view-in-shop">
              View in shop
            </ButtonLink>
            <Button danger icon={<InboxOutlined />} onClick={askToArchive} data-testid="archive-product">
              Archive
            </Button>
          </div>
        )}
      </div>

      {archived && (
        <Alert
          type="info"
          showIcon
          className="admin-product__alert"
          title="This product is archived"
          description="It is hidden from the shop and can no longer be changed. Orders that contain it keep it."
          data-testid="archived-alert"
        />
      )}
      {stale && (
        <Alert
          type="warning"
          showIcon
          className="admin-product__alert"
          title="Someone else saved this product while you were editing."
          description="Reload to see their changes; your edits are kept until you reload. Reloading replaces the form with the saved product, so note anything you want to re-apply."
          action={
            <Button icon={<ReloadOutlined />} onClick={() => void reload()} loading={reloading} data-testid="stale-reload">
              Reload
            </Button>
          }
          data-testid="stale-alert"
        />
      )}
      <FormAlert error={formError} />

      <Form component="div" layout="vertical" requiredMark={false} disabled={archived}>
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={15}>
            <Card title="Details" className="admin-product__card">
              <FormField control={form.control} name="name" label="Name">
                {(field) => <Input {...field} maxLength={200} placeholder="Keychron K2 Wireless" data-testid="product-name" />}
              </FormField>
              <Row gutter={12}>
                <Col xs={24} sm={12}>
                  <FormField control={form.control} name="slug" label="Slug" extra={editing ? 'The product’s address: /products/slug' : 'Empty: made from the name'}>
                    {(field) => <Input {...field} maxLength={120} placeholder={editing ? '' : 'keychron-k2-wireless'} data-testid="product-slug" />}
                  </FormField>
                </Col>
                <Col xs={24} sm={12}>
                  <FormField control={form.control} name="brand" label="Brand">
                    {(field) => <Input {...field} maxLength={100} placeholder="Keychron" data-testid="product-brand" />}
                  </FormField>
                </Col>
              </Row>
              <FormField control={form.control} name="category_id" label="Category">
                {({ value, onChange, onBlur, ref, id }) => (
                  <Select<string>
                    id={id}
                    ref={ref}
                    value={value || undefined}
                    onChange={onChange}
                    onBlur={onBlur}
                    options={options}
                    loading={categoriesLoading}
                    placeholder="Choose a category"
                    showSearch={{ optionFilterProp: 'label' }}
                    data-testid="product-category"
                  />
                )}
              </FormField>
              <FormField control={form.control} name="description" label="Description">
                {(field) => <Input.TextArea {...field} rows={6} maxLength={20_000} placeholder="What it is, who it is for, what is in the box" data-testid="product-description" />}
              </FormField>
            </Card>
          </Col>
          <Col xs={24} lg={9}>
            <Card title="Images" className="admin-product__card" data-testid="images-card">
              {product ? (
                <ProductImages product={product} disabled={archived} onChanged={onImagesChanged} />
              ) : (
                <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }} data-testid="images-after-create">
                  Create the product first; then upload its images here.
                </Typography.Paragraph>
              )}
            </Card>
          </Col>
          <Col span={24}>
            <Card title="Variants" className="admin-product__card" extra={<Typography.Text type="secondary">Prices in {currency}, e.g. 79.00</Typography.Text>}>
              <ProductVariantsEditor control={form.control} product={product} currency={currency} disabled={disabled} onAdjustStock={setAdjusting} />
            </Card>
          </Col>
          <Col span={24}>
            <Card title="Specifications" className="admin-product__card">
              <ProductSpecsEditor control={form.control} disabled={disabled} />
            </Card>
          </Col>
          {product && (
            <Col span={24}>
              <Card title="Stock history" className="admin-product__card">
                <StockHistory productId={product.id} />
              </Card>
            </Col>
          )}
        </Row>
      </Form>

      {!archived && (
        <div className={isDirty ? 'admin-product__bar admin-product__bar--sticky' : 'admin-product__bar'} data-testid="product-save-bar">
          <Typography.Text type={isDirty ? 'warning' : 'secondary'} data-testid="product-dirty-state">
            {isDirty ? 'Unsaved changes' : editing ? 'All changes saved' : 'Fill in the product, then create it'}
          </Typography.Text>
          <div className="admin-product__bar-actions">
            {editing && isDirty && (
              <Button onClick={discard} disabled={isSubmitting} data-testid="product-discard">
                Discard changes
              </Button>
            )}
            {!editing && (
              <ButtonLink to="/admin/products" disabled={isSubmitting}>
                Cancel
              </ButtonLink>
            )}
            <Button type="primary" icon={<SaveOutlined />} onClick={() => void save()} loading={isSubmitting} data-testid="product-save">
              {editing ? 'Save changes' : 'Create product'}
            </Button>
          </div>
        </div>
      )}

      {product && adjusting && <StockAdjustModal productId={product.id} variant={adjusting} onClose={() => setAdjusting(null)} />}
      <UnsavedChangesDialog blocker={blocker} />
    </div>
  );
}

/** /admin/products/:id: loads the product, then edits it; /admin/products/new: a blank editor. */
export function ProductEditorPage({ productId }: { productId?: string }) {
  const { data: product, error, isLoading, refetch } = useGetAdminProductQuery(productId ?? '', { skip: !productId });
  const apiError = queryError(error);
  if (!productId) return <ProductEditor />;
  if (apiError?.status === 403) return <Forbidden />;
  if (isLoading) {
    return (
      <>
        <Breadcrumb className="admin-breadcrumb" items={[{ title: <Link to="/admin/products">Products</Link> }, { title: 'Product' }]} />
        <Skeleton active paragraph={{ rows: 12 }} data-testid="product-loading" />
      </>
    );
  }
  if (apiError?.status === 404) {
    return <NotFound title="Product not found" message="There is no product with this id." actionLabel="Back to products" actionTo="/admin/products" />;
  }
  if (!product) return <ApiErrorState error={apiError} title="We could not load the product" onRetry={() => refetch()} />;
  return <ProductEditor product={product} onReload={() => refetch().unwrap()} />;
}
