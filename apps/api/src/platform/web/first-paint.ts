import type { CategoryDto, ProductDetailDto, ProductListResponse, ProductSummaryDto } from '@devgear/contracts';
import { attr, formatPrice, type PageMetadata } from './page-metadata';

/**
 * The page's first paint, written by the server into `#root` so the largest paint (the hero's
 * heading, a product's picture and name) happens as soon as the HTML and CSS are in, before the
 * scripts: plain markup with the web app's own CSS classes (apps/web/src/components/layout,
 * app/routes), which React replaces when it renders. Only what the page shows first: the header
 * (logo and a search form that works without JavaScript) and the top of the content.
 */
export function firstPaint(urlPath: string, query: URLSearchParams, meta: PageMetadata): string | null {
  const data = meta.initialData;
  if (urlPath === '/') return shell(HERO);
  if (data?.product) return shell(productTop(data.product));
  if (data?.post) return shell(`<article class="blog-post">${crumbs([['Home', '/'], ['Blog', '/blog'], [data.post.title]])}<header class="blog-post__header"><h1 class="blog-post__title">${attr(data.post.title)}</h1></header></article>`);
  const slug = urlPath === '/products' ? query.get('category') : /^\/categories\/([^/]+)/.exec(urlPath)?.[1];
  const category = slug && data?.categories ? data.categories.find((c: CategoryDto) => c.slug === decodeURIComponent(slug)) : undefined;
  if (category) return shell(`${crumbs([['Home', '/'], ['Products', '/products'], [category.name]])}<h1 class="page-title">${attr(category.name)}</h1>${data?.products ? catalogTop(category, data.products) : ''}`);
  return null;
}

/** index.html with the first paint inside its empty #root. */
export function withFirstPaint(html: string, markup: string | null): string {
  return markup ? html.replace('<div id="root"></div>', `<div id="root">${markup}</div>`) : html;
}

const LOGO_MARK =
  '<svg viewBox="0 0 24 24" width="1em" height="1em" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" class="ui-icon"><path d="M16 18l6-6-6-6"/><path d="M8 6l-6 6 6 6"/></svg>';

function shell(content: string): string {
  return (
    '<div class="app"><header class="app-header"><div class="container app-header__grid">' +
    '<div class="app-header__nav"><span class="category-nav__phone-button" aria-hidden="true"></span></div>' +
    `<div class="app-header__logo"><a href="/" class="app-logo" aria-label="DevGear home"><span class="app-logo__mark" aria-hidden="true">${LOGO_MARK}</span><span class="app-logo__text">DevGear</span></a></div>` +
    '<div class="app-header__search" role="search"><form class="search-box" action="/products"><input name="q" type="search" class="search-box__input" placeholder="Search keyboards, monitors, headphones…" aria-label="Search products" autocomplete="off" /></form></div>' +
    '<div class="app-header__actions"></div>' +
    `</div></header><main id="main" class="app-content"><div class="container">${content}</div></main></div>`
  );
}

function crumbs(items: Array<[string, string?]>): string {
  const li = items.map(([label, href], i) =>
    href && i < items.length - 1 ? `<li><a href="${attr(href)}">${attr(label)}</a></li>` : `<li><span aria-current="page">${attr(label)}</span></li>`,
  );
  return `<nav aria-label="Breadcrumb" class="ui-breadcrumb"><ol>${li.join('')}</ol></nav>`;
}

const HERO =
  '<section class="hero"><h1 class="hero__title">Gear for people who ship code</h1>' +
  '<p class="hero__lead">Mechanical keyboards, sharp monitors, quiet headphones and the little things that make a desk yours. Chosen by programmers, for programmers.</p>' +
  '<div class="hero__actions"><a class="ui-btn ui-btn--default ui-btn--large hero__cta" href="/products"><span class="ui-btn__label">Shop all products</span></a>' +
  '<a class="ui-btn ui-btn--default ui-btn--large hero__ghost" href="/products?sort=rating_desc"><span class="ui-btn__label">See what people love</span></a></div></section>';

function productTop(product: ProductDetailDto): string {
  const image = product.images[0] ?? product.image;
  const prices = product.variants.map((v) => v.price.amount);
  const from = new Set(prices).size > 1 ? 'from ' : '';
  const picture = image
    ? `<span class="gallery__zoom"><img src="${attr(image.url)}" alt="${attr(image.alt || product.name)}" width="800" height="600" fetchpriority="high" /></span>`
    : '';
  return (
    crumbs([['Home', '/'], [product.category.name, `/products?category=${encodeURIComponent(product.category.slug)}`], [product.name]]) +
    `<div class="product-layout"><div class="gallery"><div class="gallery__main">${picture}</div></div>` +
    `<div class="product-buy"><a class="product-buy__brand" href="/products?brand=${encodeURIComponent(product.brand)}">${attr(product.brand)}</a>` +
    `<div class="product-title-row"><h1 class="product-title">${attr(product.name)}</h1></div>` +
    `<div class="product-price">${from}${attr(formatPrice(product.price.amount, product.price.currency))}</div></div></div>`
  );
}

/** Cards painted before the scripts: the first rows only (the app adds the rest, below them). */
const FIRST_CARDS = 6;

/** The catalog's results column as the app lays it out (toolbar, the category's filter tag, the first cards). */
function catalogTop(category: CategoryDto, list: ProductListResponse): string {
  const total = list.meta.total;
  const count = total === 0 ? 'No products' : total <= list.meta.per_page ? `${total} ${total === 1 ? 'product' : 'products'}` : `1–${list.data.length} of ${total} products`;
  const cards = list.data.slice(0, FIRST_CARDS).map((p, i) => `<li>${card(p, i < 2)}</li>`);
  return (
    '<div class="catalog-layout"><aside class="catalog-layout__filters first-paint-only-wide"></aside><div class="catalog-layout__results">' +
    `<div class="catalog-toolbar"><div><span>${count}</span></div><div class="catalog-toolbar__end first-paint-toolbar"></div></div>` +
    `<div class="active-filters"><span class="ui-tag ui-tag--default">Category: ${attr(category.name)}</span></div>` +
    `<ul class="product-grid product-grid--3">${cards.join('')}</ul></div></div>`
  );
}

const STAR = '<svg viewBox="0 0 24 24" width="1em" height="1em" fill="currentColor" aria-hidden="true" class="ui-icon"><path d="M12 2l3.1 6.3 6.9 1-5 4.9 1.2 6.8L12 17.8 5.8 21l1.2-6.8-5-4.9 6.9-1z"/></svg>';

/** A product card (apps/web/src/components/product/product-card.tsx) without its buttons. */
function card(p: ProductSummaryDto, eager: boolean): string {
  const href = `/products/${encodeURIComponent(p.slug)}`;
  const image = p.image
    ? `<img src="${attr(p.image.url)}" alt="${attr(p.image.alt || p.name)}" width="400" height="300" ${eager ? 'fetchpriority="high"' : 'loading="lazy"'} />`
    : '';
  const full = Math.round(p.rating.average);
  const stars = Array.from({ length: 5 }, (_, i) => `<span class="ui-rating__star${i < full ? ' is-full' : ''}" aria-hidden="true">${STAR}</span>`).join('');
  const rating =
    p.rating.count === 0
      ? '<span class="rating text-secondary">No reviews yet</span>'
      : `<span class="rating"><span class="ui-rating">${stars}</span><span class="text-secondary">${p.rating.average.toFixed(1)} (${p.rating.count})</span></span>`;
  const from = p.max_price.amount > p.price.amount ? 'from ' : '';
  return (
    `<div class="product-card"><a href="${href}" class="product-card__media" tabindex="-1" aria-hidden="true">${image}</a>` +
    `<div class="product-card__body"><span class="product-card__brand">${attr(p.brand)}</span><a href="${href}" class="product-card__name">${attr(p.name)}</a>${rating}` +
    `<div class="product-card__price"><span>${from}${attr(formatPrice(p.price.amount, p.price.currency))}</span><span class="first-paint-action"></span></div></div></div>`
  );
}
