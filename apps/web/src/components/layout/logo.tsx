import { Link } from 'react-router-dom';
import { CodeIcon } from '@/ui';

export function Logo() {
  return (
    <Link to="/" className="app-logo" aria-label="DevGear home" data-testid="logo">
      <span className="app-logo__mark" aria-hidden>
        <CodeIcon />
      </span>
      <span className="app-logo__text">DevGear</span>
    </Link>
  );
}
