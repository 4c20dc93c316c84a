import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'devgear:isPublic';

/** Marks a route as reachable without signing in; every other route is denied (AccessGuard). */
export const Public = () => SetMetadata(IS_PUBLIC, true);
