import type { BlogPostDto, BlogPostListResponse } from './blog';
import type { CategoryDto, ProductDetailDto, ProductListResponse } from './catalog';

/** How many products a titled row of the home page ("New arrivals", "Best rated") shows. */
export const PRODUCT_ROW_SIZE = 8;
/** How many posts "From the blog" on the home page shows. */
export const LATEST_POSTS_COUNT = 3;

/**
 * The data the server embeds in a page (`<script id="initial-data" type="application/json">`), keyed
 * like the web app's API queries, each part exactly what the API answers that query: `product` and
 * `post` by slug, `categories`, `products` (GET /products for a plain category URL, its first page)
 * and `home` (the home page's sections).
 */
export interface InitialPageData {
  product?: ProductDetailDto;
  post?: BlogPostDto;
  categories?: CategoryDto[];
  products?: ProductListResponse;
  home?: HomePageData;
}

/**
 * GET /products?sort=newest&per_page=PRODUCT_ROW_SIZE and ?sort=rating_desc&per_page=… (the "New
 * arrivals" and "Best rated" rows) and GET /blog/posts?per_page=LATEST_POSTS_COUNT (the latest posts).
 */
export interface HomePageData {
  newest: ProductListResponse;
  rating_desc: ProductListResponse;
  posts: BlogPostListResponse;
}
