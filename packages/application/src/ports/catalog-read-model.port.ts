/** The sort orders of GET /products. */
export const PRODUCT_LIST_SORTS = ['relevance', 'newest', 'price_asc', 'price_desc', 'rating_desc', 'name_asc'] as const;
export type ProductListSort = (typeof PRODUCT_LIST_SORTS)[number];

export interface ProductListCriteria {
  /** Full-text search over name, brand and description. */
  q?: string;
  /**
   * Products of this category and of its sub-categories. An unknown slug (a stale shared
   * link) lists nothing: no items, a total of 0 and empty facets.
   */
  categorySlug?: string;
  /** Exact brand, compared case-insensitively. */
  brand?: string;
  /** Bounds (inclusive, minor units) on the product price: its lowest variant price. */
  priceMin?: number;
  priceMax?: number;
  /** true: only products with a variant that can be bought now. */
  inStock?: boolean;
  sort: ProductListSort;
  page: number;
  perPage: number;
}

export interface MoneyView {
  amount: number;
  currency: string;
}

export interface ProductSummaryView {
  id: string;
  slug: string;
  name: string;
  brand: string;
  category: { id: string; slug: string; name: string };
  /** The lowest variant price. */
  price: MoneyView;
  /** The highest variant price (the same as `price` when every variant costs the same). */
  maxPrice: MoneyView;
  rating: { average: number; count: number };
  /** The first image. */
  image: { url: string; alt: string } | null;
  inStock: boolean;
}

export interface ProductDetailView extends ProductSummaryView {
  description: string;
  specifications: { key: string; value: string; unit: string | null }[];
  images: { id: string; url: string; alt: string }[];
  variants: {
    id: string;
    sku: string;
    name: string;
    options: Record<string, string>;
    price: MoneyView;
    available: number;
  }[];
  createdAt: Date;
  updatedAt: Date;
}

export interface ProductFacetsView {
  categories: { slug: string; count: number }[];
  brands: { name: string; count: number }[];
  price: { min: number | null; max: number | null };
}

export interface ProductListResult {
  items: ProductSummaryView[];
  total: number;
  facets: ProductFacetsView;
}

export interface CategoryView {
  id: string;
  slug: string;
  name: string;
  parentId: string | null;
  /** Visible (not archived) products listed when browsing the category: its own and its descendants'. */
  productCount: number;
}

/** The query side of the catalog; archived products never appear in it. */
export interface CatalogReadModel {
  /** One page of the products matching the criteria, the total count, and facets of the whole match. */
  listProducts(criteria: ProductListCriteria): Promise<ProductListResult>;
  /** A visible product by id (UUID) or slug. */
  getProduct(idOrSlug: string): Promise<ProductDetailView | null>;
  listCategories(): Promise<CategoryView[]>;
  /**
   * The listing's summaries of these products (wishlists, recommendations, blog posts); only
   * visible ones, in no particular order (callers put them in theirs).
   */
  getSummaries(ids: readonly string[]): Promise<ProductSummaryView[]>;
}
