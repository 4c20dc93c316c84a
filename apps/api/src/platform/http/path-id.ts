import { isUuid } from '../system/system-services';
import { ApiError } from './errors';

/** A path id that is not a UUID names nothing (404), rather than reaching the database. */
export function pathId(id: string, what = 'Order'): string {
  if (!isUuid(id)) throw ApiError.notFound(`${what} not found`);
  return id.toLowerCase();
}
