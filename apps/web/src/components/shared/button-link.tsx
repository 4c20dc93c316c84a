import Button from 'antd/es/button';
import type { ButtonProps } from 'antd';
import type { MouseEvent } from 'react';
import { useHref, useLinkClickHandler } from 'react-router-dom';

type ButtonLinkProps = Omit<ButtonProps, 'href'> & { to: string; replace?: boolean };

/**
 * An antd button that is a real link (an <a> with an href: middle-click and "open in new
 * tab" work) but navigates inside the app on a plain click.
 */
export function ButtonLink({ to, replace, onClick, ...props }: ButtonLinkProps) {
  const href = useHref(to);
  const handleClick = useLinkClickHandler<HTMLAnchorElement>(to, { replace });
  return (
    <Button
      {...props}
      href={href}
      onClick={(event: MouseEvent<HTMLElement>) => {
        onClick?.(event);
        if (!event.defaultPrevented) handleClick(event as MouseEvent<HTMLAnchorElement>);
      }}
    />
  );
}
