import { ApiError } from '../../../platform/http/errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A path id that is not a UUID names no order (404), rather than reaching the database. */
export function pathId(id: string, what = 'Order'): string {
  if (!UUID.test(id)) throw ApiError.notFound(`${what} not found`);
  return id.toLowerCase();
}
