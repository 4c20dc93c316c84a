import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { CreateDiscountUseCase, DeleteDiscountUseCase, ListDiscountsUseCase, UpdateDiscountUseCase, type DiscountInput } from '@devgear/application';
import { createDiscountSchema, discountListQuerySchema, updateDiscountSchema, type DiscountDto } from '@devgear/contracts';
import type { Discount } from '@devgear/domain';
import { parseInput } from '../../../platform/http/errors';
import { listEnvelope } from '../../../platform/http/list-envelope';
import { Roles } from '../../../platform/auth/auth.decorators';
import { pathId } from '../../../platform/http/path-id';

const date = (d: string | null | undefined) => (d === undefined ? undefined : d === null ? null : new Date(d));

export function presentDiscount(d: Discount): DiscountDto {
  return {
    id: d.id,
    code: d.code,
    type: d.type,
    value: d.amountOff ? d.amountOff.toJSON() : (d.percentOff as number),
    min_subtotal: d.minSubtotal ? d.minSubtotal.toJSON() : null,
    starts_at: d.startsAt?.toISOString() ?? null,
    ends_at: d.endsAt?.toISOString() ?? null,
    usage_limit: d.usageLimit,
    per_customer_limit: d.perCustomerLimit,
    active: d.active,
    times_used: d.timesUsed,
    created_at: d.createdAt.toISOString(),
    updated_at: d.updatedAt.toISOString(),
  };
}

type Wire = Partial<ReturnType<typeof createDiscountSchema.parse>>;
function toInput(w: Wire): Partial<DiscountInput> {
  const input: Partial<DiscountInput> = {
    code: w.code,
    type: w.type,
    value: w.value,
    minSubtotal: w.min_subtotal,
    startsAt: date(w.starts_at),
    endsAt: date(w.ends_at),
    usageLimit: w.usage_limit,
    perCustomerLimit: w.per_customer_limit,
    active: w.active,
  };
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as Partial<DiscountInput>;
}

/** Discount codes: percentage (1..100) or fixed amount, with minimum subtotal, window and limits. */
@Roles('admin')
@Controller('admin/discounts')
export class AdminDiscountsController {
  constructor(
    private readonly listDiscounts: ListDiscountsUseCase,
    private readonly createDiscount: CreateDiscountUseCase,
    private readonly updateDiscount: UpdateDiscountUseCase,
    private readonly deleteDiscount: DeleteDiscountUseCase,
  ) {}

  @Get()
  async list(@Query() query: unknown, @Req() req: FastifyRequest) {
    const q = parseInput(discountListQuerySchema, query, 'Invalid discount filters');
    const page = q.page ?? 1;
    const perPage = q.per_page ?? 24;
    const result = await this.listDiscounts.execute({ q: q.q, page, perPage });
    return listEnvelope(result.items.map(presentDiscount), { page, perPage, total: result.total }, req.url);
  }

  @Get(':id')
  async one(@Param('id') id: string) {
    return { data: presentDiscount(await this.listDiscounts.get(pathId(id, 'Discount'))) };
  }

  @Post()
  async create(@Body() body: unknown) {
    const input = parseInput(createDiscountSchema, body, 'Invalid discount');
    return { data: presentDiscount(await this.createDiscount.execute(toInput(input) as DiscountInput)) };
  }

  @Patch(':id')
  async update(@Param('id') id: string, @Body() body: unknown) {
    const discountId = pathId(id, 'Discount');
    const input = parseInput(updateDiscountSchema, body, 'Invalid discount change');
    return { data: presentDiscount(await this.updateDiscount.execute(discountId, toInput(input))) };
  }

  @Delete(':id')
  @HttpCode(204)
  async remove(@Param('id') id: string) {
    await this.deleteDiscount.execute(pathId(id, 'Discount'));
  }
}
