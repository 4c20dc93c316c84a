import type { AddressDto, SessionDto, UserDto } from '@devgear/contracts';
import type { StoredSession } from '@/lib/session-storage';
import type { FakeApi } from './fake-api';

export function user(overrides: Partial<UserDto> = {}): UserDto {
  return {
    id: 'u-ada',
    email: 'ada@example.com',
    first_name: 'Ada',
    last_name: 'Lovelace',
    role: 'customer',
    created_at: '2025-01-01T00:00:00.000Z',
    ...overrides,
  };
}

export const customer = user();
export const admin = user({ id: 'u-grace', email: 'grace@example.com', first_name: 'Grace', last_name: 'Hopper', role: 'admin' });

/** A signed-in browser's saved session. */
export function storedSession(u: UserDto = customer, tokens: { access?: string; refresh?: string } = {}): StoredSession {
  return { user: u, accessToken: tokens.access ?? `access-${u.id}`, refreshToken: tokens.refresh ?? `refresh-${u.id}` };
}

/** The body of a session answer (login, register, refresh, password change). */
export function sessionBody(u: UserDto = customer, access = `access-${u.id}`, refresh = `refresh-${u.id}`): { data: SessionDto } {
  return { data: { user: u, access_token: access, refresh_token: refresh, expires_in: 900 } };
}

export function address(overrides: Partial<AddressDto> = {}): AddressDto {
  return {
    id: 'a-home',
    label: 'Home',
    name: 'Ada Lovelace',
    line1: '12 St James Square',
    line2: null,
    city: 'London',
    state: null,
    postal_code: 'SW1Y 4JH',
    country: 'GB',
    phone: null,
    is_default_shipping: true,
    created_at: '2025-01-01T00:00:00.000Z',
    ...overrides,
  };
}

/** GET /me answering with the user (the app loads it while signed in). */
export function withMe(api: FakeApi, u: UserDto = customer): FakeApi {
  return api.on('GET /me', { body: { data: u } });
}

/** Base routes the shell asks for on every page: categories (menu) and products (suggestions). */
export const shellRoutes = {
  'GET /categories': { body: { data: [] } },
};
