import { communityTestKit } from '../testing';

/** A shop with an admin author and two products to write about. */
export async function blogShop() {
  const kit = communityTestKit();
  const admin = await kit.addUser('Grace', 'admin');
  const keyboard = await kit.addProduct('Split Keyboard');
  const cable = await kit.addProduct('Coiled Cable', { category: 'cables' });
  const archived = await kit.addProduct('Old Keyboard', { archived: true });
  return { kit, admin, keyboard, cable, archived };
}

export const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
