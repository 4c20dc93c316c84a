import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AddToWishlistUseCase, GetWishlistUseCase, RemoveFromWishlistUseCase } from '@devgear/application';
import { addWishlistItemSchema, paginationQuerySchema, type WishlistItemDto } from '@devgear/contracts';
import { AuthUser, CurrentUser } from '../../../platform/auth/auth.decorators';
import { parseInput } from '../../../platform/http/errors';
import { listEnvelope } from '../../../platform/http/list-envelope';
import { pathId } from '../../../platform/http/path-id';
import { presentSummary } from '../../catalog/catalog.public';

/** The signed-in customer's wishlist (CONTRACT.md "Customer extras"). */
@Controller('wishlist')
export class WishlistController {
  constructor(
    private readonly getWishlist: GetWishlistUseCase,
    private readonly addItem: AddToWishlistUseCase,
    private readonly removeItem: RemoveFromWishlistUseCase,
  ) {}

  /** Newest first; `meta.total` is the count the account menu shows. */
  @Get()
  async list(@CurrentUser() user: AuthUser, @Query() query: unknown, @Req() req: FastifyRequest) {
    const q = parseInput(paginationQuerySchema, query, 'Invalid page');
    const result = await this.getWishlist.execute(user.id, { page: q.page, perPage: q.per_page });
    const items: WishlistItemDto[] = result.items.map((i) => ({ product: presentSummary(i.product), added_at: i.addedAt.toISOString() }));
    return listEnvelope(items, result, req.url);
  }

  /** 201 when added, 200 when it was on the list already (no duplicate); 404 for an unknown or archived product. */
  @Post('items')
  async add(@CurrentUser() user: AuthUser, @Body() body: unknown, @Res({ passthrough: true }) reply: FastifyReply) {
    const input = parseInput(addWishlistItemSchema, body, 'Invalid wishlist item');
    const result = await this.addItem.execute(user.id, input.product_id.toLowerCase());
    void reply.status(result.added ? 201 : 200);
    return { data: { product_id: result.productId, added: result.added } };
  }

  /** 204 whether or not it was on the list (removing is idempotent). */
  @Delete('items/:productId')
  @HttpCode(204)
  async remove(@CurrentUser() user: AuthUser, @Param('productId') productId: string) {
    await this.removeItem.execute(user.id, pathId(productId, 'Product'));
  }
}
