import Grid from 'antd/es/grid';

/** True below antd's `md` breakpoint (768px): phones get drawers instead of sidebars. */
export function useIsMobile(): boolean {
  const screens = Grid.useBreakpoint();
  // Before the first measurement every breakpoint is undefined: assume a wide screen.
  return screens.md === false;
}
