import type {
  CategoryDto,
  ItemEnvelope,
  ProductDetailDto,
  ProductListResponse,
  ProductSort,
} from '@devgear/contracts';
import { baseApi } from '@/lib/base-api';

/** Filters, sort and page of GET /products, with the wire's names and units (prices in minor units). */
export interface ProductListParams {
  q?: string;
  category?: string;
  brand?: string;
  price_min?: number;
  price_max?: number;
  in_stock?: boolean;
  sort?: ProductSort;
  page?: number;
  per_page?: number;
}

export const catalogApi = baseApi.injectEndpoints({
  endpoints: (build) => ({
    getCategories: build.query<CategoryDto[], void>({
      query: () => ({ url: '/categories' }),
      transformResponse: (body: { data: CategoryDto[] }) => body.data,
      providesTags: ['Category'],
    }),
    listProducts: build.query<ProductListResponse, ProductListParams>({
      query: ({ in_stock, ...rest }) => ({
        url: '/products',
        params: { ...rest, in_stock: in_stock ? 'true' : undefined },
      }),
      providesTags: (result) => [
        { type: 'Product' as const, id: 'LIST' },
        ...(result?.data ?? []).map((p) => ({ type: 'Product' as const, id: p.id })),
      ],
    }),
    getProduct: build.query<ProductDetailDto, string>({
      query: (idOrSlug) => ({ url: `/products/${encodeURIComponent(idOrSlug)}` }),
      transformResponse: (body: ItemEnvelope<ProductDetailDto>) => body.data,
      providesTags: (result) => (result ? [{ type: 'Product' as const, id: result.id }] : []),
    }),
  }),
});

export const { useGetCategoriesQuery, useListProductsQuery, useGetProductQuery } = catalogApi;
