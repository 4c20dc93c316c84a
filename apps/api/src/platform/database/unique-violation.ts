import { Prisma } from '../../generated/prisma/client';

/**
 * Whether `err` is a unique-constraint violation (Prisma P2002), optionally of a constraint on
 * one of `fields` (column names as in the schema, e.g. 'number', or the constraint name), from a
 * model query (P2002), a raw one (P2010 with PostgreSQL's 23505) or one sent with node-postgres
 * directly (its error: code 23505 and the constraint's name). With
 * the node-postgres driver adapter Prisma reports the constraint under
 * meta.driverAdapterError.cause.constraint ({ fields } or { index }); older engines under meta.target.
 */
export function isUniqueViolation(err: unknown, ...fields: string[]): boolean {
  // node-postgres' own error (statements sent with PrismaService.query): PostgreSQL's code and constraint name.
  const pgError = err as { code?: unknown; constraint?: unknown; severity?: unknown } | null;
  if (pgError && typeof pgError === 'object' && pgError.code === '23505' && typeof pgError.severity === 'string') {
    const constraint = typeof pgError.constraint === 'string' ? pgError.constraint : '';
    return fields.length === 0 || fields.some((f) => constraint === f || constraint.includes(f));
  }
  if (!(err instanceof Prisma.PrismaClientKnownRequestError)) return false;
  // P2002 from model queries; a raw query (P2010) carries the driver's error with PostgreSQL's code.
  const cause = (err.meta?.driverAdapterError as { cause?: { originalCode?: string } } | undefined)?.cause;
  if (err.code !== 'P2002' && !(err.code === 'P2010' && cause?.originalCode === '23505')) return false;
  if (fields.length === 0) return true;
  const names = violatedNames(err.meta);
  return fields.some((f) => names.some((n) => n === f || n.includes(f)));
}

function violatedNames(meta: Record<string, unknown> | undefined): string[] {
  const out: string[] = [];
  const target = meta?.target;
  if (Array.isArray(target)) out.push(...target.map(String));
  else if (typeof target === 'string') out.push(target);
  const constraint = (meta?.driverAdapterError as { cause?: { constraint?: { fields?: unknown; index?: unknown } } } | undefined)?.cause?.constraint;
  if (Array.isArray(constraint?.fields)) out.push(...constraint.fields.map((f) => String(f).replace(/"/g, '')));
  if (typeof constraint?.index === 'string') out.push(constraint.index);
  return out;
}
