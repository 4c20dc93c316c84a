import { discountNotFound } from '@devgear/domain';
import type { DiscountAdminDeps } from '../discount.input';

/**
 * DELETE /admin/discounts/{id}: archives the discount. Its code stops working at once (carts that
 * hold it show it as not applicable) and may be reused by a new discount; placed orders keep their
 * snapshot. Deleting it again is 404.
 */
export class DeleteDiscountUseCase {
  constructor(private readonly deps: DiscountAdminDeps) {}

  async execute(id: string): Promise<void> {
    const discount = await this.deps.discounts.findById(id);
    if (!discount || discount.isArchived) throw discountNotFound(id);
    discount.archive(this.deps.clock.now());
    await this.deps.discounts.save(discount);
  }
}
