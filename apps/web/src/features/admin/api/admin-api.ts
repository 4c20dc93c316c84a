import { baseApi } from '@/lib/base-api';

/**
 * The back office's slice of the shared API: the admin features inject their endpoints here,
 * with the cache tags only they use (orders as admins see them, discounts, analytics).
 */
export const adminApi = baseApi.enhanceEndpoints({ addTagTypes: ['AdminOrder', 'Discount', 'Analytics'] });
