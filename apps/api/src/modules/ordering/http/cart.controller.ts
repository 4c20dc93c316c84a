import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import {
  AddCartItemUseCase,
  ApplyDiscountCodeUseCase,
  GetCartUseCase,
  RemoveCartItemUseCase,
  RemoveDiscountUseCase,
  UpdateCartItemUseCase,
} from '@devgear/application';
import { addCartItemSchema, applyDiscountSchema, updateCartItemSchema } from '@devgear/contracts';
import { ApiError, parseInput } from '../../../platform/http/errors';
import { AuthUser, CurrentUser } from '../../../platform/auth/auth.decorators';
import { presentCart } from './cart.presenter';
import { isUuid } from '../../../platform/system/system-services';

/** A line id that cannot exist is simply not in the caller's cart. */
function itemId(id: string): string {
  if (!isUuid(id)) throw ApiError.notFound(`Cart item ${id} is not in your cart`);
  return id.toLowerCase();
}

/** The signed-in customer's cart. Every write answers with the whole cart, repriced. */
@Controller('cart')
export class CartController {
  constructor(
    private readonly getCart: GetCartUseCase,
    private readonly addItem: AddCartItemUseCase,
    private readonly updateItem: UpdateCartItemUseCase,
    private readonly removeItem: RemoveCartItemUseCase,
    private readonly applyDiscount: ApplyDiscountCodeUseCase,
    private readonly removeDiscount: RemoveDiscountUseCase,
  ) {}

  @Get()
  async show(@CurrentUser() caller: AuthUser) {
    return { data: presentCart(await this.getCart.execute(caller.id)) };
  }

  /** 201 with the cart; the same variant again adds to its line. */
  @Post('items')
  @HttpCode(201)
  async add(@CurrentUser() caller: AuthUser, @Body() body: unknown) {
    const input = parseInput(addCartItemSchema, body, 'Invalid cart item');
    const cart = await this.addItem.execute({ customerId: caller.id, variantId: input.variant_id.toLowerCase(), quantity: input.quantity });
    return { data: presentCart(cart) };
  }

  @Patch('items/:item_id')
  async update(@CurrentUser() caller: AuthUser, @Param('item_id') id: string, @Body() body: unknown) {
    const lineId = itemId(id);
    const input = parseInput(updateCartItemSchema, body, 'Invalid cart item');
    return { data: presentCart(await this.updateItem.execute({ customerId: caller.id, itemId: lineId, quantity: input.quantity })) };
  }

  /** 200 with the cart (not 204): the client needs the new totals. */
  @Delete('items/:item_id')
  async remove(@CurrentUser() caller: AuthUser, @Param('item_id') id: string) {
    return { data: presentCart(await this.removeItem.execute({ customerId: caller.id, itemId: itemId(id) })) };
  }

  @Post('discount')
  @HttpCode(200)
  async apply(@CurrentUser() caller: AuthUser, @Body() body: unknown) {
    const input = parseInput(applyDiscountSchema, body, 'Invalid discount code');
    return { data: presentCart(await this.applyDiscount.execute({ customerId: caller.id, code: input.code })) };
  }

  @Delete('discount')
  async clearDiscount(@CurrentUser() caller: AuthUser) {
    return { data: presentCart(await this.removeDiscount.execute(caller.id)) };
  }
}
