/** Stable names of the catalog's domain events. */
export const CatalogEvents = {
  PRODUCT_CREATED: 'product.created',
  PRODUCT_UPDATED: 'product.updated',
  PRODUCT_ARCHIVED: 'product.archived',
  STOCK_CHANGED: 'product.stock_changed',
  IMAGE_ADDED: 'product.image_added',
  IMAGE_REMOVED: 'product.image_removed',
  IMAGES_REORDERED: 'product.images_reordered',
} as const;

export interface ProductCreatedPayload {
  slug: string;
  name: string;
  categoryId: string;
}

export interface ProductUpdatedPayload {
  /** Wire names of the fields that changed: 'name', 'slug', 'category_id', 'variants', ... */
  changes: string[];
}

export interface ProductArchivedPayload {
  slug: string;
}

export interface StockChangedPayload {
  variantId: string;
  sku: string;
  previous: number;
  available: number;
}

export interface ImageAddedPayload {
  imageId: string;
}

export interface ImageRemovedPayload {
  imageId: string;
  /** Where the file lives in the file storage, so a handler can delete it. */
  storageKey: string;
}

export interface ImagesReorderedPayload {
  imageIds: string[];
}
