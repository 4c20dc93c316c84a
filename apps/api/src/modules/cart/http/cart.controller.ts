import { randomUUID } from 'node:crypto';
import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Patch, Post, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import {
  AddCartItemUseCase,
  ApplyDiscountCodeUseCase,
  GetCartUseCase,
  MergeGuestCartUseCase,
  RemoveCartItemUseCase,
  RemoveDiscountUseCase,
  UpdateCartItemUseCase,
  type CartView,
  type GuestCartStore,
} from '@devgear/application';
import { addCartItemSchema, applyDiscountSchema, updateCartItemSchema } from '@devgear/contracts';
import { ApiError, parseInput } from '../../../platform/http/errors';
import { Public } from '../../../platform/http/public.decorator';
import type { AuthUser } from '../../../platform/auth/auth.decorators';
import { ProductThumbnails } from '../../catalog/catalog.public';
import { GUEST_CARTS } from '../cart.tokens';
import { presentCart } from './cart.presenter';
import { isUuid } from '../../../platform/system/system-services';

type CartRequest = FastifyRequest & { user?: AuthUser };
const BEARER = /^Bearer\s+\S+$/i;

/** A line id that cannot exist is simply not in the caller's cart. */
function itemId(id: string): string {
  if (!isUuid(id)) throw ApiError.notFound(`Cart item ${id} is not in your cart`);
  return id.toLowerCase();
}

/**
 * The cart of the signed-in customer (bearer token) or of a guest (`X-Cart-Token`, from POST
 * /carts). Both at once: the guest's cart is merged into the customer's first and the token
 * stops working. Every write answers with the whole cart, repriced.
 */
@Public()
@Controller('cart')
export class CartController {
  constructor(
    @Inject(GUEST_CARTS) private readonly guests: GuestCartStore,
    private readonly merge: MergeGuestCartUseCase,
    private readonly getCart: GetCartUseCase,
    private readonly addItem: AddCartItemUseCase,
    private readonly updateItem: UpdateCartItemUseCase,
    private readonly removeItem: RemoveCartItemUseCase,
    private readonly applyDiscount: ApplyDiscountCodeUseCase,
    private readonly removeDiscount: RemoveDiscountUseCase,
    private readonly thumbnails: ProductThumbnails,
  ) {}

  /** The wire shape, each line with its product's picture. */
  private async present(cart: CartView) {
    return presentCart(cart, await this.thumbnails.of(cart.items.map((i) => i.productId)));
  }

  /** Whose cart this request is about: the customer's (after merging a guest cart sent along) or the guest's. */
  private async owner(request: CartRequest): Promise<string> {
    const raw = request.headers['x-cart-token'];
    const token = typeof raw === 'string' && raw.trim() !== '' ? raw.trim() : null;
    const now = new Date();
    if (request.user) {
      const guestId = token ? await this.guests.resolve(token, now) : null;
      if (guestId) await this.merge.execute({ guestId, customerId: request.user.id });
      return request.user.id;
    }
    // A bearer token that did not check out (expired): refresh it rather than fall back to a guest cart.
    if (typeof request.headers.authorization === 'string' && BEARER.test(request.headers.authorization)) {
      throw new ApiError(401, 'UNAUTHENTICATED', 'Your session is invalid or has expired; sign in again');
    }
    if (!token) throw new ApiError(401, 'UNAUTHENTICATED', 'Sign in, or start a guest cart (POST /carts), to use a cart');
    const guestId = await this.guests.resolve(token, now);
    if (!guestId) throw new ApiError(401, 'UNAUTHENTICATED', 'This guest cart has expired or was merged into an account; start a new one');
    return guestId;
  }

  @Get()
  async show(@Req() request: CartRequest) {
    return { data: await this.present(await this.getCart.execute(await this.owner(request))) };
  }

  /** 201 with the cart; the same variant again adds to its line. */
  @Post('items')
  @HttpCode(201)
  async add(@Req() request: CartRequest, @Body() body: unknown) {
    const input = parseInput(addCartItemSchema, body, 'Invalid cart item');
    const cart = await this.addItem.execute({ customerId: await this.owner(request), variantId: input.variant_id.toLowerCase(), quantity: input.quantity });
    return { data: await this.present(cart) };
  }

  @Patch('items/:item_id')
  async update(@Req() request: CartRequest, @Param('item_id') id: string, @Body() body: unknown) {
    const lineId = itemId(id);
    const input = parseInput(updateCartItemSchema, body, 'Invalid cart item');
    return { data: await this.present(await this.updateItem.execute({ customerId: await this.owner(request), itemId: lineId, quantity: input.quantity })) };
  }

  /** 200 with the cart (not 204): the client needs the new totals. */
  @Delete('items/:item_id')
  async remove(@Req() request: CartRequest, @Param('item_id') id: string) {
    const lineId = itemId(id);
    return { data: await this.present(await this.removeItem.execute({ customerId: await this.owner(request), itemId: lineId })) };
  }

  @Post('discount')
  @HttpCode(200)
  async apply(@Req() request: CartRequest, @Body() body: unknown) {
    const input = parseInput(applyDiscountSchema, body, 'Invalid discount code');
    return { data: await this.present(await this.applyDiscount.execute({ customerId: await this.owner(request), code: input.code })) };
  }

  @Delete('discount')
  async clearDiscount(@Req() request: CartRequest) {
    return { data: await this.present(await this.removeDiscount.execute(await this.owner(request))) };
  }
}

/** POST /carts: a guest cart (no sign-in); the token goes in `X-Cart-Token` on the /cart routes. */
@Public()
@Controller('carts')
export class GuestCartsController {
  constructor(
    @Inject(GUEST_CARTS) private readonly guests: GuestCartStore,
    private readonly getCart: GetCartUseCase,
  ) {}

  @Post()
  @HttpCode(201)
  async create() {
    const id = randomUUID();
    const cartToken = await this.guests.create(id, new Date());
    // A new cart has no lines, so no pictures to look up.
    return { data: { cart_token: cartToken, cart: presentCart(await this.getCart.execute(id), new Map()) } };
  }
}
