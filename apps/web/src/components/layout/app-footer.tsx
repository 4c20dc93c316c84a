import { Link } from 'react-router-dom';

/** The shop's footer: plain markup (no antd), it is on every page's first paint. */
export function AppFooter() {
  const year = new Date().getFullYear();
  return (
    <footer className="app-footer">
      <div className="container app-footer__grid">
        <div className="app-footer__about">
          <h2 className="app-footer__title">DevGear</h2>
          <p className="app-footer__text">
            Keyboards, monitors, audio and desk gear for people who write code. Open source, like the things you build.
          </p>
        </div>
        <div>
          <h2 className="app-footer__title">Shop</h2>
          <ul className="app-footer__links">
            <li><Link to="/products">All products</Link></li>
            <li><Link to="/products?sort=newest">New arrivals</Link></li>
            <li><Link to="/products?sort=rating_desc">Best rated</Link></li>
            <li><Link to="/blog" data-testid="footer-blog">Blog</Link></li>
          </ul>
        </div>
        <div>
          <h2 className="app-footer__title">Help</h2>
          <ul className="app-footer__links">
            <li>Free shipping over $100</li>
            <li>30-day returns</li>
            <li><Link to="/account">Your account</Link></li>
          </ul>
        </div>
      </div>
      <p className="container app-footer__text app-footer__legal">© {year} DevGear. Prices include all fees shown at checkout.</p>
    </footer>
  );
}
