import type {
  AdminProductDto,
  CreateProductRequest,
  ItemEnvelope,
  ListEnvelope,
  ProductDetailDto,
  SetStockRequest,
  StockMovementDto,
  UpdateProductRequest,
} from '@devgear/contracts';
import { baseApi, onSuccess } from '@/lib/base-api';

export type AdminProductStatus = 'active' | 'archived' | 'all';

export interface AdminProductListParams {
  q?: string;
  status?: AdminProductStatus;
  page?: number;
  per_page?: number;
}

export interface StockMovementParams {
  productId: string;
  page?: number;
  per_page?: number;
}

/** What the editor uploads: the file and its alt text, sent as multipart/form-data. */
export interface ImageUpload {
  productId: string;
  file: Blob;
  fileName: string;
  alt: string;
}

/**
 * The back office's products: list and detail under /admin/products (archived ones included,
 * stock history), and the catalog's writes (POST/PATCH/DELETE /products, stock, images).
 * Every write also invalidates the storefront's copy ('Product'), so the shop shows the change.
 */
const productsApi = baseApi.enhanceEndpoints({ addTagTypes: ['AdminProduct', 'StockMovement'] });

export const adminProductsApi = productsApi.injectEndpoints({
  endpoints: (build) => ({
    listAdminProducts: build.query<ListEnvelope<AdminProductDto>, AdminProductListParams>({
      query: (params) => ({ url: '/admin/products', params: { ...params } }),
      providesTags: (result) => [
        { type: 'AdminProduct' as const, id: 'LIST' },
        ...(result?.data ?? []).map((p) => ({ type: 'AdminProduct' as const, id: p.id })),
      ],
    }),
    getAdminProduct: build.query<AdminProductDto, string>({
      query: (id) => ({ url: `/admin/products/${encodeURIComponent(id)}` }),
      transformResponse: (body: ItemEnvelope<AdminProductDto>) => body.data,
      providesTags: (_result, _error, id) => [{ type: 'AdminProduct', id }],
    }),
    listStockMovements: build.query<ListEnvelope<StockMovementDto>, StockMovementParams>({
      query: ({ productId, ...params }) => ({ url: `/admin/products/${encodeURIComponent(productId)}/stock-movements`, params: { ...params } }),
      providesTags: (_result, _error, { productId }) => [{ type: 'StockMovement', id: productId }],
    }),
    createProduct: build.mutation<ProductDetailDto, CreateProductRequest>({
      query: (body) => ({ url: '/products', method: 'POST', data: body }),
      transformResponse: (body: ItemEnvelope<ProductDetailDto>) => body.data,
      invalidatesTags: (_result, error) => (error ? [] : [{ type: 'AdminProduct', id: 'LIST' }, { type: 'Product', id: 'LIST' }, 'Category']),
    }),
    updateProduct: build.mutation<AdminProductDto, { id: string; changes: UpdateProductRequest }>({
      query: ({ id, changes }) => ({ url: `/products/${encodeURIComponent(id)}`, method: 'PATCH', data: changes }),
      transformResponse: (body: ItemEnvelope<AdminProductDto>) => body.data,
      // The editor goes on from the answer; the lists and the storefront's copy reload.
      onQueryStarted: ({ id }, { dispatch, queryFulfilled }) =>
        onSuccess(queryFulfilled, (product) => dispatch(adminProductsApi.util.upsertQueryData('getAdminProduct', id, product))),
      invalidatesTags: (_result, error, { id }) =>
        error ? [] : [{ type: 'AdminProduct', id: 'LIST' }, { type: 'Product', id }, { type: 'Product', id: 'LIST' }, 'Category'],
    }),
    archiveProduct: build.mutation<void, string>({
      query: (id) => ({ url: `/products/${encodeURIComponent(id)}`, method: 'DELETE' }),
      transformResponse: () => undefined,
      invalidatesTags: (_result, error, id) =>
        error ? [] : [{ type: 'AdminProduct', id }, { type: 'AdminProduct', id: 'LIST' }, { type: 'Product', id }, { type: 'Product', id: 'LIST' }, 'Category'],
    }),
    setVariantStock: build.mutation<StockMovementDto, { productId: string; variantId: string } & SetStockRequest>({
      query: ({ productId, variantId, ...body }) => ({
        url: `/products/${encodeURIComponent(productId)}/variants/${encodeURIComponent(variantId)}/stock`,
        method: 'PUT',
        data: body,
      }),
      transformResponse: (body: ItemEnvelope<StockMovementDto>) => body.data,
      invalidatesTags: (_result, error, { productId }) =>
        error
          ? []
          : [
              { type: 'AdminProduct', id: productId },
              { type: 'AdminProduct', id: 'LIST' },
              { type: 'StockMovement', id: productId },
              { type: 'Product', id: productId },
              { type: 'Product', id: 'LIST' },
            ],
    }),
    uploadProductImage: build.mutation<AdminProductDto, ImageUpload>({
      query: ({ productId, file, fileName, alt }) => {
        const form = new FormData();
        // The alt text first: the API reads the parts in order.
        form.append('alt', alt);
        form.append('file', file, fileName);
        // No Content-Type here: the browser sets multipart/form-data with its boundary.
        return { url: `/products/${encodeURIComponent(productId)}/images`, method: 'POST', data: form };
      },
      transformResponse: (body: ItemEnvelope<AdminProductDto>) => body.data,
      onQueryStarted: ({ productId }, { dispatch, queryFulfilled }) =>
        onSuccess(queryFulfilled, (product) => dispatch(adminProductsApi.util.upsertQueryData('getAdminProduct', productId, product))),
      invalidatesTags: (_result, error, { productId }) => (error ? [] : [{ type: 'AdminProduct', id: 'LIST' }, { type: 'Product', id: productId }, { type: 'Product', id: 'LIST' }]),
    }),
    deleteProductImage: build.mutation<AdminProductDto, { productId: string; imageId: string }>({
      query: ({ productId, imageId }) => ({ url: `/products/${encodeURIComponent(productId)}/images/${encodeURIComponent(imageId)}`, method: 'DELETE' }),
      transformResponse: (body: ItemEnvelope<AdminProductDto>) => body.data,
      onQueryStarted: ({ productId }, { dispatch, queryFulfilled }) =>
        onSuccess(queryFulfilled, (product) => dispatch(adminProductsApi.util.upsertQueryData('getAdminProduct', productId, product))),
      invalidatesTags: (_result, error, { productId }) => (error ? [] : [{ type: 'AdminProduct', id: 'LIST' }, { type: 'Product', id: productId }, { type: 'Product', id: 'LIST' }]),
    }),
    reorderProductImages: build.mutation<AdminProductDto, { productId: string; imageIds: string[] }>({
      query: ({ productId, imageIds }) => ({ url: `/products/${encodeURIComponent(productId)}/images/order`, method: 'PUT', data: { image_ids: imageIds } }),
      transformResponse: (body: ItemEnvelope<AdminProductDto>) => body.data,
      onQueryStarted: ({ productId }, { dispatch, queryFulfilled }) =>
        onSuccess(queryFulfilled, (product) => dispatch(adminProductsApi.util.upsertQueryData('getAdminProduct', productId, product))),
      invalidatesTags: (_result, error, { productId }) => (error ? [] : [{ type: 'AdminProduct', id: 'LIST' }, { type: 'Product', id: productId }, { type: 'Product', id: 'LIST' }]),
    }),
  }),
});

export const {
  useListAdminProductsQuery,
  useGetAdminProductQuery,
  useListStockMovementsQuery,
  useCreateProductMutation,
  useUpdateProductMutation,
  useArchiveProductMutation,
  useSetVariantStockMutation,
  useUploadProductImageMutation,
  useDeleteProductImageMutation,
  useReorderProductImagesMutation,
} = adminProductsApi;
