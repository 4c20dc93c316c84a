import { Money, type MoneyJSON } from '../shared/money.value-object';
import { ValidationProblems, fieldPath, isWholeNumberBetween, requiredText } from '../shared/validation-problems';
import { CartLimits } from '../cart/cart.errors';

export interface OrderLineInput {
  variantId: string;
  productId: string;
  name: string;
  sku: string;
  quantity: number;
  /** The price at checkout: later catalog changes never touch a placed order. */
  unitPrice: Money;
}

export interface OrderLineSnapshot {
  variantId: string;
  productId: string;
  name: string;
  sku: string;
  quantity: number;
  unitPrice: MoneyJSON;
  lineTotal: MoneyJSON;
}

/** One bought item of an order, with the price it was bought at. Immutable. */
export class OrderLine {
  private constructor(
    readonly variantId: string,
    readonly productId: string,
    readonly name: string,
    readonly sku: string,
    readonly quantity: number,
    readonly unitPrice: Money,
  ) {
    Object.freeze(this);
  }

  static parse(input: OrderLineInput, problems: ValidationProblems, prefix: string): OrderLine | undefined {
    const at = (name: string) => fieldPath(prefix, name);
    const start = problems.count;
    const value = (input ?? {}) as Partial<OrderLineInput>;
    for (const key of ['variantId', 'productId'] as const) {
      if (typeof value[key] !== 'string' || value[key].trim() === '') problems.add(at(key), 'must be a non-empty id');
    }
    const name = requiredText(problems, at('name'), value.name, 400);
    const sku = requiredText(problems, at('sku'), value.sku, 64);
    if (!isWholeNumberBetween(value.quantity, CartLimits.QUANTITY_MIN, CartLimits.QUANTITY_MAX)) {
      problems.add(at('quantity'), `must be a whole number from ${CartLimits.QUANTITY_MIN} to ${CartLimits.QUANTITY_MAX}`);
    }
    if (!(value.unitPrice instanceof Money) || value.unitPrice.isNegative()) problems.add(at('unitPrice'), 'must be a money amount of zero or more');
    if (problems.count > start) return undefined;
    return new OrderLine(value.variantId as string, value.productId as string, name as string, sku as string, value.quantity as number, value.unitPrice as Money);
  }

  static restore(s: OrderLineSnapshot): OrderLine {
    return new OrderLine(s.variantId, s.productId, s.name, s.sku, s.quantity, Money.fromJSON(s.unitPrice));
  }

  get lineTotal(): Money {
    return this.unitPrice.multiply(this.quantity);
  }

  toSnapshot(): OrderLineSnapshot {
    return {
      variantId: this.variantId,
      productId: this.productId,
      name: this.name,
      sku: this.sku,
      quantity: this.quantity,
      unitPrice: this.unitPrice.toJSON(),
      lineTotal: this.lineTotal.toJSON(),
    };
  }
}
