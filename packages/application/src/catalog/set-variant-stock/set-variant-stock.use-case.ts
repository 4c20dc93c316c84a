import { CatalogErrorCodes, CatalogLimits, DomainError, ValidationProblems, isWholeNumberBetween } from '@devgear/domain';
import type { Clock } from '../../ports/clock.port';
import type { IdGenerator } from '../../ports/id-generator.port';
import type { StockLevels, StockMovement } from '../../ports/stock-levels.port';

export interface SetVariantStockInput {
  productId: string;
  variantId: string;
  available: number;
  /** Why (stock count, delivery received, damaged...); default "manual adjustment". */
  reason?: string;
  author: { id: string; email: string | null };
}

/** PUT /products/{id}/variants/{variant_id}/stock (admin): sets the level and records the movement. */
export class SetVariantStockUseCase {
  constructor(private readonly deps: { stock: StockLevels; ids: IdGenerator; clock: Clock }) {}

  async execute(input: SetVariantStockInput): Promise<StockMovement> {
    const problems = new ValidationProblems(CatalogErrorCodes.INVALID_STOCK);
    if (!isWholeNumberBetween(input.available, 0, CatalogLimits.AVAILABLE_MAX)) {
      problems.add('available', `must be a whole number from 0 to ${CatalogLimits.AVAILABLE_MAX}`);
    }
    const reason = (input.reason ?? '').trim() || 'manual adjustment';
    if (reason.length > 200) problems.add('reason', 'must be at most 200 characters');
    problems.throwIfAny('Invalid stock level');
    const movement = await this.deps.stock.set({
      movementId: this.deps.ids.next(),
      productId: input.productId,
      variantId: input.variantId,
      available: input.available,
      reason,
      author: input.author,
      at: this.deps.clock.now(),
    });
    if (!movement) {
      throw new DomainError(CatalogErrorCodes.VARIANT_NOT_FOUND, `Product ${input.productId} has no variant ${input.variantId}`, 'not_found');
    }
    return movement;
  }

  history(productId: string, page: { page: number; perPage: number }) {
    return this.deps.stock.movements(productId, page);
  }
}
