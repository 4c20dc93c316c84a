import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { MemoryRouter } from 'react-router-dom';
import { Breadcrumb, Button, Dialog, DisclosureMenu, Drawer, Pagination, Rating, Toaster, notify, pageWindow, toast, toastStore } from '@/ui';

function DialogDemo({ as: Overlay = Dialog }: { as?: typeof Dialog }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)}>Edit address</Button>
      <Overlay open={open} onClose={() => setOpen(false)} title="Edit address" footer={<Button>Save</Button>}>
        <label>
          Street <input />
        </label>
      </Overlay>
    </>
  );
}

describe('UI kit: dialogs, drawers, menus', () => {
  it('moves focus into a dialog, keeps it there, closes on Esc and gives focus back', async () => {
    render(<DialogDemo />);
    const opener = screen.getByRole('button', { name: 'Edit address' });
    await userEvent.click(opener);
    const dialog = screen.getByRole('dialog', { name: 'Edit address' });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(within(dialog).getByRole('textbox', { name: 'Street' })).toHaveFocus();

    // Tab cycles: street -> Save -> close (first in the panel) -> street.
    await userEvent.tab();
    expect(within(dialog).getByRole('button', { name: 'Save' })).toHaveFocus();
    await userEvent.tab();
    expect(within(dialog).getByRole('button', { name: 'Close' })).toHaveFocus();
    await userEvent.tab({ shift: true });
    expect(within(dialog).getByRole('button', { name: 'Save' })).toHaveFocus();

    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
  });

  it('closes a drawer from its close button and its backdrop', async () => {
    render(<DialogDemo as={Drawer} />);
    await userEvent.click(screen.getByRole('button', { name: 'Edit address' }));
    await userEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Edit address' }));
    await userEvent.click(screen.getByTestId('overlay-backdrop'));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('opens a menu of links from its button and closes it on Esc', async () => {
    render(
      <MemoryRouter>
        <DisclosureMenu button="Ada" buttonLabel="Account menu" items={[{ key: 'orders', label: 'Orders', to: '/account/orders' }]} />
      </MemoryRouter>,
    );
    const button = screen.getByRole('button', { name: 'Account menu' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByRole('link', { name: 'Orders', hidden: true })).not.toBeVisible();
    await userEvent.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('link', { name: 'Orders' })).toHaveAttribute('href', '/account/orders');
    await userEvent.keyboard('{Escape}');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();
  });
});

describe('UI kit: notifications', () => {
  afterEach(() => {
    act(() => toastStore.clear());
    jest.useRealTimers();
  });

  it('announces a toast and takes it away after a few seconds', () => {
    jest.useFakeTimers();
    render(<Toaster />);
    act(() => {
      toast.success('Added to cart');
    });
    const region = screen.getByRole('region', { name: 'Notifications' });
    expect(region).toHaveAttribute('aria-live', 'polite');
    expect(within(region).getByRole('status')).toHaveTextContent('Added to cart');

    act(() => {
      jest.advanceTimersByTime(3_900);
    });
    expect(screen.getByText('Added to cart')).toBeInTheDocument();
    act(() => {
      jest.advanceTimersByTime(200);
    });
    expect(screen.queryByText('Added to cart')).not.toBeInTheDocument();
  });

  it('shows a notification with a description and actions until dismissed, errors as alerts', async () => {
    render(
      <MemoryRouter>
        <Toaster />
      </MemoryRouter>,
    );
    act(() => {
      notify({ type: 'error', title: 'Payment declined', description: 'Try another card.', actions: <Button>Retry</Button>, duration: 0 });
    });
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Payment declined');
    expect(within(alert).getByText('Try another card.')).toBeInTheDocument();
    await userEvent.click(within(alert).getByRole('button', { name: 'Dismiss notification' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

describe('UI kit: breadcrumb, pagination, rating', () => {
  it('names the breadcrumb and marks the current page', () => {
    render(
      <MemoryRouter>
        <Breadcrumb items={[{ label: 'Home', to: '/' }, { label: 'Keyboards', to: '/products?category=keyboards' }, { label: 'Model 01' }]} />
      </MemoryRouter>,
    );
    const nav = screen.getByRole('navigation', { name: 'Breadcrumb' });
    expect(within(nav).getByRole('link', { name: 'Keyboards' })).toHaveAttribute('href', '/products?category=keyboards');
    expect(within(nav).getByText('Model 01')).toHaveAttribute('aria-current', 'page');
  });

  it('pages with previous/next and numbered buttons', async () => {
    const changed = jest.fn();
    render(<Pagination current={1} total={95} pageSize={24} onChange={changed} />);
    expect(screen.getByRole('button', { name: 'Page 1' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('button', { name: 'Previous page' })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: 'Next page' }));
    await userEvent.click(screen.getByRole('button', { name: 'Page 4' }));
    expect(changed.mock.calls).toEqual([[2], [4]]);
    expect(pageWindow(6, 12)).toEqual([1, 'gap', 5, 6, 7, 'gap', 12]);
    expect(pageWindow(3, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it('reads a rating out', () => {
    render(<Rating value={4.26} />);
    expect(screen.getByRole('img', { name: 'Rated 4.3 out of 5' })).toBeInTheDocument();
  });
});
