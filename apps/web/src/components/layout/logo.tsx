import { CodeOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';

export function Logo() {
  return (
    <Link to="/" className="app-logo" aria-label="DevGear home" data-testid="logo">
      <span className="app-logo__mark" aria-hidden>
        <CodeOutlined />
      </span>
      <span className="app-logo__text">DevGear</span>
    </Link>
  );
}
