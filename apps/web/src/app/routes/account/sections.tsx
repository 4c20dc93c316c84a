import { AddressBook } from '@/features/auth/components/address-book';
import { ChangePasswordForm } from '@/features/auth/components/change-password-form';
import { ProfileForm } from '@/features/auth/components/profile-form';
import { useCurrentUser } from '@/hooks/use-session';
import { OrderHistory } from '@/features/orders/components/order-history';
import { useDocumentTitle } from '@/hooks/use-document-title';

export function AccountProfileRoute() {
  useDocumentTitle('Your profile');
  const user = useCurrentUser();
  if (!user) return null;
  return (
    <section aria-labelledby="profile-title">
      <h2 id="profile-title" className="account-section__title">
        Profile
      </h2>
      {/* Keyed by user: a profile loaded from /me later starts the form afresh. */}
      <ProfileForm key={`${user.id}:${user.first_name}:${user.last_name}`} user={user} />
    </section>
  );
}

export function AccountOrdersRoute() {
  useDocumentTitle('Your orders');
  return (
    <section aria-labelledby="orders-title">
      <h2 id="orders-title" className="account-section__title">
        Orders
      </h2>
      <OrderHistory />
    </section>
  );
}

export function AccountAddressesRoute() {
  useDocumentTitle('Your addresses');
  return (
    <section aria-labelledby="addresses-title">
      <h2 id="addresses-title" className="account-section__title">
        Addresses
      </h2>
      <AddressBook />
    </section>
  );
}

export function AccountSecurityRoute() {
  useDocumentTitle('Security');
  return (
    <section aria-labelledby="security-title">
      <h2 id="security-title" className="account-section__title">
        Change password
      </h2>
      <ChangePasswordForm />
    </section>
  );
}
