import { ApiError } from '../../../platform/http/errors';
import { isUuid } from '../persistence/prisma-support';


/** A path id that is not a UUID names no order (404), rather than reaching the database. */
export function pathId(id: string, what = 'Order'): string {
  if (!isUuid(id)) throw ApiError.notFound(`${what} not found`);
  return id.toLowerCase();
}
