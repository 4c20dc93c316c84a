import { act, render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { ScrollToTop } from './scroll-to-top';

describe('ScrollToTop', () => {
  it('leaves the landing page where the browser put it, and scrolls to the top on a move to another page only', async () => {
    const scrollTo = jest.fn();
    window.scrollTo = scrollTo as unknown as typeof window.scrollTo;
    const router = createMemoryRouter([{ path: '*', element: <ScrollToTop /> }], { initialEntries: ['/products/a'] });
    render(<RouterProvider router={router} />);
    expect(scrollTo).not.toHaveBeenCalled();
    await act(() => router.navigate('/products/a?sort=price_asc'));
    expect(scrollTo).not.toHaveBeenCalled();
    await act(() => router.navigate('/products/b'));
    expect(scrollTo).toHaveBeenCalledWith({ top: 0 });
  });
});
