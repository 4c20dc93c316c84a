import type { Address, User } from '@devgear/domain';
import type { Session, UserSummary } from '@devgear/application';
import type { AddressDto, SessionDto, UserDto } from '@devgear/contracts';

export function presentUser(u: User | UserSummary): UserDto {
  return { id: u.id, email: u.email, first_name: u.firstName, last_name: u.lastName, role: u.role, created_at: u.createdAt.toISOString() };
}

export function presentSession(user: User, session: Session): SessionDto {
  return { user: presentUser(user), access_token: session.accessToken, refresh_token: session.refreshToken, expires_in: session.expiresIn };
}

export function presentAddress(a: Address): AddressDto {
  const s = a.toSnapshot();
  return {
    id: s.id,
    label: s.label,
    name: s.name,
    line1: s.line1,
    line2: s.line2,
    city: s.city,
    state: s.state,
    postal_code: s.postalCode,
    country: s.country,
    phone: s.phone,
    is_default_shipping: s.isDefaultShipping,
    created_at: s.createdAt.toISOString(),
  };
}
