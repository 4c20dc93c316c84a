import { DiscountErrorCodes, ValidationProblems, discountNotFound, isWholeNumberBetween, type Discount } from '@devgear/domain';
import type { DiscountListPage, DiscountRepository } from '../../ports/discount-repository.port';

export interface ListDiscountsInput {
  q?: string;
  includeArchived?: boolean;
  page: number;
  perPage: number;
}

/** GET /admin/discounts (newest first, paginated) and one discount by id. */
export class ListDiscountsUseCase {
  constructor(private readonly deps: { discounts: DiscountRepository }) {}

  async execute(input: ListDiscountsInput): Promise<DiscountListPage> {
    const problems = new ValidationProblems(DiscountErrorCodes.INVALID);
    if (!isWholeNumberBetween(input.page, 1, 1_000_000)) problems.add('page', 'must be a whole number of 1 or more');
    if (!isWholeNumberBetween(input.perPage, 1, 100)) problems.add('perPage', 'must be a whole number from 1 to 100');
    problems.throwIfAny('Invalid discount query');
    return this.deps.discounts.list({ q: input.q?.trim() || undefined, includeArchived: input.includeArchived === true, page: input.page, perPage: input.perPage });
  }

  async get(id: string): Promise<Discount> {
    const discount = typeof id === 'string' && id !== '' ? await this.deps.discounts.findById(id) : null;
    if (!discount) throw discountNotFound(id);
    return discount;
  }
}
