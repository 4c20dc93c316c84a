import { discountNotFound, type Discount } from '@devgear/domain';
import { rejectTakenCode, toDiscountFields, type DiscountAdminDeps, type DiscountAdminOptions, type DiscountInput } from '../discount.input';

/** PATCH /admin/discounts/{id}: each field present replaces the current one; null clears an optional one. */
export class UpdateDiscountUseCase {
  constructor(
    private readonly deps: DiscountAdminDeps,
    private readonly options: DiscountAdminOptions,
  ) {}

  async execute(id: string, changes: Partial<DiscountInput>): Promise<Discount> {
    const discount = await this.deps.discounts.findById(id);
    if (!discount || discount.isArchived) throw discountNotFound(id);
    const fields = toDiscountFields(changes ?? {}, changes?.type ?? discount.type, this.options.storeCurrency);
    if (!discount.update(fields, this.deps.clock.now())) return discount;
    await rejectTakenCode(this.deps.discounts, discount.code, discount.id);
    await this.deps.discounts.save(discount);
    return discount;
  }
}
