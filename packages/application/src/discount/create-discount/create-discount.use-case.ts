import { Discount, type DiscountFields } from '@devgear/domain';
import { rejectTakenCode, toDiscountFields, type DiscountAdminDeps, type DiscountAdminOptions, type DiscountInput } from '../discount.input';

/** POST /admin/discounts. A code another live discount has is 409 CONFLICT. */
export class CreateDiscountUseCase {
  constructor(
    private readonly deps: DiscountAdminDeps,
    private readonly options: DiscountAdminOptions,
  ) {}

  async execute(input: DiscountInput): Promise<Discount> {
    const fields = toDiscountFields(input ?? ({} as DiscountInput), input?.type, this.options.storeCurrency);
    const discount = Discount.create({ ...(fields as DiscountFields), id: this.deps.ids.next() }, this.deps.clock.now());
    await rejectTakenCode(this.deps.discounts, discount.code);
    await this.deps.discounts.save(discount); // a concurrent create with the same code is a conflict here
    return discount;
  }
}
