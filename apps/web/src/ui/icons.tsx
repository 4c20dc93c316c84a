import type { SVGProps } from 'react';

type IconProps = Omit<SVGProps<SVGSVGElement>, 'children'> & {
  /** Announced instead of hidden when the icon is the only content of its control. */
  title?: string;
};

/**
 * One inline SVG icon (24x24 grid, stroke drawing, sized 1em, currentColor): decorative
 * (aria-hidden) unless given a `title`. The storefront's handful of icons, without an icon font
 * or @ant-design/icons in the first download.
 */
function icon(name: string, paths: string[], filled = false) {
  function Icon({ title, className, ...props }: IconProps) {
    return (
      <svg
        viewBox="0 0 24 24"
        width="1em"
        height="1em"
        fill={filled ? 'currentColor' : 'none'}
        stroke={filled ? 'none' : 'currentColor'}
        strokeWidth={2}
        strokeLinecap="round"
        strokeLinejoin="round"
        focusable="false"
        className={className ? `ui-icon ${className}` : 'ui-icon'}
        data-icon={name}
        {...(title ? { role: 'img', 'aria-label': title } : { 'aria-hidden': true })}
        {...props}
      >
        {paths.map((d) => (
          <path key={d} d={d} />
        ))}
      </svg>
    );
  }
  Icon.displayName = `Icon(${name})`;
  return Icon;
}

export const CartIcon = icon('cart', ['M3 3h2l2.4 12.2a2 2 0 0 0 2 1.6h8.2a2 2 0 0 0 2-1.5L21 8H6', 'M10 21a1 1 0 1 0 0-2 1 1 0 0 0 0 2z', 'M18 21a1 1 0 1 0 0-2 1 1 0 0 0 0 2z']);
export const UserIcon = icon('user', ['M20 21v-2a4 4 0 0 0-4-4H8a4 4 0 0 0-4 4v2', 'M12 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8z']);
export const SearchIcon = icon('search', ['M11 19a8 8 0 1 0 0-16 8 8 0 0 0 0 16z', 'M21 21l-4.35-4.35']);
export const HeartIcon = icon('heart', ['M20.8 4.6a5.5 5.5 0 0 0-7.8 0L12 5.7l-1-1.1a5.5 5.5 0 0 0-7.8 7.8l1 1.1L12 21l7.8-7.5 1-1.1a5.5 5.5 0 0 0 0-7.8z']);
export const HeartFilledIcon = icon('heart-filled', ['M20.8 4.6a5.5 5.5 0 0 0-7.8 0L12 5.7l-1-1.1a5.5 5.5 0 0 0-7.8 7.8l1 1.1L12 21l7.8-7.5 1-1.1a5.5 5.5 0 0 0 0-7.8z'], true);
export const MenuIcon = icon('menu', ['M3 6h18', 'M3 12h18', 'M3 18h18']);
export const CloseIcon = icon('close', ['M18 6 6 18', 'M6 6l12 12']);
export const ChevronDownIcon = icon('chevron-down', ['M6 9l6 6 6-6']);
export const ChevronLeftIcon = icon('chevron-left', ['M15 18l-6-6 6-6']);
export const ChevronRightIcon = icon('chevron-right', ['M9 18l6-6-6-6']);
export const StarIcon = icon('star', ['M12 2l3.1 6.3 6.9 1-5 4.9 1.2 6.8L12 17.8 5.8 21l1.2-6.8-5-4.9 6.9-1z'], true);
export const DeleteIcon = icon('delete', ['M3 6h18', 'M8 6V4a2 2 0 0 1 2-2h4a2 2 0 0 1 2 2v2', 'M19 6l-1 14a2 2 0 0 1-2 2H8a2 2 0 0 1-2-2L5 6', 'M10 11v6', 'M14 11v6']);
export const PlusIcon = icon('plus', ['M12 5v14', 'M5 12h14']);
export const MinusIcon = icon('minus', ['M5 12h14']);
export const FilterIcon = icon('filter', ['M22 3H2l8 9.5V19l4 2v-8.5z']);
export const CheckCircleIcon = icon('check-circle', ['M22 11.1V12a10 10 0 1 1-5.9-9.1', 'M22 4 12 14l-3-3']);
export const AlertCircleIcon = icon('alert-circle', ['M12 22a10 10 0 1 0 0-20 10 10 0 0 0 0 20z', 'M12 8v4', 'M12 16h.01']);
export const InfoIcon = icon('info', ['M12 22a10 10 0 1 0 0-20 10 10 0 0 0 0 20z', 'M12 16v-4', 'M12 8h.01']);
export const ImageIcon = icon('image', ['M19 3H5a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h14a2 2 0 0 0 2-2V5a2 2 0 0 0-2-2z', 'M8.5 10a1.5 1.5 0 1 0 0-3 1.5 1.5 0 0 0 0 3z', 'M21 15l-5-5L5 21']);
export const ReloadIcon = icon('reload', ['M23 4v6h-6', 'M20.5 15a9 9 0 1 1-2.1-9.4L23 10']);
export const LogoutIcon = icon('logout', ['M9 21H5a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2h4', 'M16 17l5-5-5-5', 'M21 12H9']);
export const CodeIcon = icon('code', ['M16 18l6-6-6-6', 'M8 6l-6 6 6 6']);
export const GridIcon = icon('grid', ['M3 3h7v7H3z', 'M14 3h7v7h-7z', 'M14 14h7v7h-7z', 'M3 14h7v7H3z']);
