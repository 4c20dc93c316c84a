export * from './common';
export * from './catalog';
export * from './identity';
export * from './cart';
export * from './orders';
export * from './discounts';
export * from './analytics';
