import type { BrowseProductsUseCase, GetProductUseCase, GetPublishedPostUseCase, ListBlogPostsUseCase, ListCategoriesUseCase, ProductDetailView } from '@devgear/application';
import { LATEST_POSTS_COUNT, PRODUCT_ROW_SIZE, type BlogPostListResponse, type CategoryDto, type InitialPageData, type ProductDetailDto, type ProductListResponse, type ProductSort } from '@devgear/contracts';
import { DomainError } from '@devgear/domain';
import { presentPost, presentPostSummary } from '../../modules/blog/http/blog.presenter';
import { presentCategory, presentDetail, presentSummary } from '../../modules/catalog/http/catalog.presenter';
import { listEnvelope } from '../http/list-envelope';

/**
 * What the server writes into index.html for one URL, so a search engine or a link preview
 * (which run no JavaScript) read the page's own title, description, canonical link, Open Graph
 * tags and structured data, and the web app paints from `initialData` without asking the API
 * again (the same JSON the API answers, see apps/web/src/app/initial-data.ts).
 */
export interface PageMetadata {
  title: string;
  description: string;
  canonical: string;
  og: { type: 'website' | 'product' | 'article'; image?: string };
  /** The page's main picture as the page itself loads it (its own path, not APP_URL's origin), preloaded. */
  preloadImage?: string;
  jsonLd: object[];
  initialData?: InitialPageData;
}

export interface PageSources {
  getProduct: GetProductUseCase;
  getPost: GetPublishedPostUseCase;
  categories: ListCategoriesUseCase;
  /** A category page's first products (its first paint and the app's first listing), the home page's rows. */
  browse?: BrowseProductsUseCase;
  /** The home page's latest posts. */
  posts?: ListBlogPostsUseCase;
}

const SITE = 'DevGear';
const SITE_DESCRIPTION = 'DevGear: keyboards, monitors, audio and desk gear for people who write code.';
const MAX_DESCRIPTION = 160;

/**
 * The metadata of a page URL (path + query), or null for a page without its own (the app's
 * default head then stays). A product, category or post that does not exist is null too: the
 * app shows its not-found page.
 */
export async function pageMetadata(urlPath: string, query: URLSearchParams, appUrl: string, sources: PageSources): Promise<PageMetadata | null> {
  const product = /^\/products\/([^/]+)\/?$/.exec(urlPath);
  if (product) return orNull(() => productPage(decodeURIComponent(product[1]), appUrl, sources));
  const post = /^\/blog\/([^/]+)\/?$/.exec(urlPath);
  if (post) return orNull(() => postPage(decodeURIComponent(post[1]), appUrl, sources));
  const categoryAlias = /^\/categories\/([^/]+)\/?$/.exec(urlPath);
  const categorySlug = categoryAlias ? decodeURIComponent(categoryAlias[1]) : urlPath === '/products' ? query.get('category') : null;
  // Only the plain category URL gets its listing embedded: its query is the app's default one.
  const plain = categoryAlias !== null || [...query.keys()].every((key) => key === 'category');
  if (categorySlug) return categoryPage(categorySlug, appUrl, sources, plain);
  if (urlPath === '/' || urlPath === '/products') {
    return {
      title: urlPath === '/' ? `${SITE} — gear for programmers` : `All products — ${SITE}`,
      description: SITE_DESCRIPTION,
      canonical: `${appUrl}${urlPath}`,
      og: { type: 'website' },
      jsonLd: urlPath === '/' ? [{ '@context': 'https://schema.org', '@type': 'WebSite', name: SITE, url: `${appUrl}/` }] : [],
      ...(urlPath === '/' && sources.browse && sources.posts ? { initialData: await homeData(sources.browse, sources.posts, sources.categories) } : {}),
    };
  }
  return null;
}

async function orNull<T>(load: () => Promise<T>): Promise<T | null> {
  try {
    return await load();
  } catch (err) {
    if (err instanceof DomainError && err.kind === 'not_found') return null;
    throw err;
  }
}

/** "129.99" for 12999 minor units (the store's currencies have two decimals). */
const decimal = (amount: number) => (amount / 100).toFixed(2);
const absolute = (appUrl: string, url: string) => (/^https?:\/\//.test(url) ? url : `${appUrl}${url.startsWith('/') ? '' : '/'}${url}`);
const clip = (text: string) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= MAX_DESCRIPTION ? flat : `${flat.slice(0, MAX_DESCRIPTION - 1).replace(/\s+\S*$/, '')}…`;
};

function breadcrumbs(items: Array<{ name: string; url: string }>): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, i) => ({ '@type': 'ListItem', position: i + 1, name: item.name, item: item.url })),
  };
}

async function productPage(slug: string, appUrl: string, sources: PageSources): Promise<PageMetadata> {
  const view = await sources.getProduct.execute(slug);
  const product = presentDetail(view);
  const canonical = `${appUrl}/products/${encodeURIComponent(product.slug)}`;
  const categoryUrl = `${appUrl}/products?category=${encodeURIComponent(product.category.slug)}`;
  const pictures = product.images.length ? product.images : product.image ? [product.image] : [];
  const images = pictures.map((i) => absolute(appUrl, i.url));
  const prices = product.variants.map((v) => v.price.amount);
  const from = prices.length > 1 && new Set(prices).size > 1 ? 'from ' : '';
  return {
    title: `${product.name} — ${SITE}`,
    description: clip(`${product.brand} ${product.name}, ${from}${formatPrice(product.price.amount, product.price.currency)}. ${product.description}`),
    canonical,
    og: { type: 'product', image: images[0] },
    preloadImage: pictures[0]?.url,
    jsonLd: [productJsonLd(view, product, canonical, images), breadcrumbs([
      { name: 'Home', url: `${appUrl}/` },
      { name: product.category.name, url: categoryUrl },
      { name: product.name, url: canonical },
    ])],
    initialData: { product },
  };
}

function productJsonLd(view: ProductDetailView, product: ProductDetailDto, url: string, images: string[]): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'Product',
    name: product.name,
    description: product.description,
    brand: { '@type': 'Brand', name: product.brand },
    category: product.category.name,
    image: images,
    url,
    sku: product.variants[0]?.sku,
    offers: product.variants.map((v) => ({
      '@type': 'Offer',
      sku: v.sku,
      name: v.name || product.name,
      price: decimal(v.price.amount),
      priceCurrency: v.price.currency,
      availability: v.in_stock ? 'https://schema.org/InStock' : 'https://schema.org/OutOfStock',
      url,
    })),
    // From the product's visible reviews (CONTRACT.md: the only rating ever shown); none, no rating.
    ...(view.rating.count > 0
      ? { aggregateRating: { '@type': 'AggregateRating', ratingValue: view.rating.average, reviewCount: view.rating.count, bestRating: 5, worstRating: 1 } }
      : {}),
  };
}

async function categoryPage(slug: string, appUrl: string, sources: PageSources, withProducts: boolean): Promise<PageMetadata | null> {
  const categories = (await sources.categories.execute()).map(presentCategory);
  const category = categories.find((c) => c.slug === slug);
  if (!category) return null;
  const parent = category.parent_id ? categories.find((c) => c.id === category.parent_id) : undefined;
  const urlOf = (c: CategoryDto) => `${appUrl}/products?category=${encodeURIComponent(c.slug)}`;
  const count = category.product_count;
  return {
    title: `${category.name} — ${SITE}`,
    description: clip(`Shop ${count} ${category.name.toLowerCase()} at ${SITE}: ${parent ? `${parent.name.toLowerCase()} ` : ''}gear for people who write code, with real reviews and fast shipping.`),
    canonical: urlOf(category),
    og: { type: 'website' },
    jsonLd: [breadcrumbs([{ name: 'Home', url: `${appUrl}/` }, ...(parent ? [{ name: parent.name, url: urlOf(parent) }] : []), { name: category.name, url: urlOf(category) }])],
    initialData: {
      categories,
      ...(withProducts && sources.browse ? { products: await firstListing(sources.browse, { categorySlug: slug }, `/api/v1/products?category=${encodeURIComponent(slug)}`) } : {}),
    },
  };
}

/** What GET `url` answers for these products (page 1), as the catalog fast path builds it. */
async function firstListing(browse: BrowseProductsUseCase, query: { categorySlug?: string; sort?: ProductSort; perPage?: number }, url: string): Promise<ProductListResponse> {
  const result = await browse.execute(query);
  const { facets } = result;
  return listEnvelope(result.items.map(presentSummary), result, url, {
    facets: { categories: facets.categories, brands: facets.brands, price: facets.price },
  }) as ProductListResponse;
}

/** The home page's sections, with the URLs (and so the `links`) the web app asks them with. */
async function homeData(browse: BrowseProductsUseCase, posts: ListBlogPostsUseCase, categories: ListCategoriesUseCase): Promise<InitialPageData> {
  const row = (sort: ProductSort) => firstListing(browse, { sort, perPage: PRODUCT_ROW_SIZE }, `/api/v1/products?sort=${sort}&per_page=${PRODUCT_ROW_SIZE}`);
  const [newest, ratingDesc, latest, all] = await Promise.all([row('newest'), row('rating_desc'), posts.published({ page: 1, perPage: LATEST_POSTS_COUNT }), categories.execute()]);
  return {
    categories: all.map(presentCategory),
    home: {
      newest,
      rating_desc: ratingDesc,
      posts: listEnvelope(latest.items.map(presentPostSummary), latest, `/api/v1/blog/posts?per_page=${LATEST_POSTS_COUNT}`) as BlogPostListResponse,
    },
  };
}

async function postPage(slug: string, appUrl: string, sources: PageSources): Promise<PageMetadata> {
  const { post: entity, products } = await sources.getPost.execute(slug);
  const post = presentPost(entity, products);
  const canonical = `${appUrl}/blog/${encodeURIComponent(post.slug)}`;
  const image = post.cover_image ? absolute(appUrl, post.cover_image.url) : undefined;
  return {
    title: `${post.title} — ${SITE} blog`,
    description: clip(post.excerpt),
    canonical,
    og: { type: 'article', image },
    jsonLd: [
      {
        '@context': 'https://schema.org',
        '@type': 'BlogPosting',
        headline: post.title,
        description: post.excerpt,
        datePublished: post.published_at,
        author: { '@type': 'Person', name: post.author.name },
        ...(image ? { image: [image] } : {}),
        mainEntityOfPage: canonical,
      },
      breadcrumbs([
        { name: 'Home', url: `${appUrl}/` },
        { name: 'Blog', url: `${appUrl}/blog` },
        { name: post.title, url: canonical },
      ]),
    ],
    initialData: { post },
  };
}

export function formatPrice(amount: number, currency: string): string {
  return new Intl.NumberFormat('en-US', { style: 'currency', currency }).format(amount / 100);
}

/** Text made safe for HTML text and double-quoted attributes. */
export const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** JSON inside <script>: nothing in it can close the tag or open a comment. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

/** index.html with the page's own head: title and description replaced, the rest added before </head>. */
export function renderPageHead(html: string, meta: PageMetadata): string {
  const tags = [
    `<link rel="canonical" href="${attr(meta.canonical)}" />`,
    `<meta property="og:site_name" content="${SITE}" />`,
    `<meta property="og:type" content="${meta.og.type}" />`,
    `<meta property="og:title" content="${attr(meta.title)}" />`,
    `<meta property="og:description" content="${attr(meta.description)}" />`,
    `<meta property="og:url" content="${attr(meta.canonical)}" />`,
    ...(meta.og.image ? [`<meta property="og:image" content="${attr(meta.og.image)}" />`] : []),
    // The product's picture is the page's largest paint: fetched with the HTML, not after the scripts.
    ...(meta.preloadImage ? [`<link rel="preload" as="image" href="${attr(meta.preloadImage)}" fetchpriority="high" />`] : []),
    `<meta name="twitter:card" content="${meta.og.image ? 'summary_large_image' : 'summary'}" />`,
    ...meta.jsonLd.map((item) => `<script type="application/ld+json">${scriptJson(item)}</script>`),
    ...(meta.initialData ? [`<script id="initial-data" type="application/json">${scriptJson(meta.initialData)}</script>`] : []),
  ].join('\n    ');
  let out = html.replace(/<title>[\s\S]*?<\/title>/, '').replace(/<meta\s+name="description"[^>]*>/, '');
  const head = `<title>${attr(meta.title)}</title>\n    <meta name="description" content="${attr(meta.description)}" />\n    ${tags}\n  `;
  if (/<\/head>/.test(out)) out = out.replace('</head>', `${head}</head>`);
  else out = out.replace(/<body/, `<head>${head}</head><body`);
  return out;
}
