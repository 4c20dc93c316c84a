import { Col, Layout, Row, Typography } from 'antd';
import { Link } from 'react-router-dom';

export function AppFooter() {
  const year = new Date().getFullYear();
  return (
    <Layout.Footer className="app-footer">
      <div className="container">
        <Row gutter={[24, 24]}>
          <Col xs={24} md={10}>
            <Typography.Title level={5}>DevGear</Typography.Title>
            <Typography.Paragraph type="secondary">
              Keyboards, monitors, audio and desk gear for people who write code. Open source, like the things you build.
            </Typography.Paragraph>
          </Col>
          <Col xs={12} md={7}>
            <Typography.Title level={5}>Shop</Typography.Title>
            <ul className="app-footer__links">
              <li><Link to="/products">All products</Link></li>
              <li><Link to="/products?sort=newest">New arrivals</Link></li>
              <li><Link to="/products?sort=rating_desc">Best rated</Link></li>
              <li><Link to="/blog" data-testid="footer-blog">Blog</Link></li>
            </ul>
          </Col>
          <Col xs={12} md={7}>
            <Typography.Title level={5}>Help</Typography.Title>
            <ul className="app-footer__links">
              <li>Free shipping over $100</li>
              <li>30-day returns</li>
              <li><Link to="/account">Your account</Link></li>
            </ul>
          </Col>
        </Row>
        <Typography.Paragraph type="secondary" className="app-footer__legal">
          © {year} DevGear. Prices include all fees shown at checkout.
        </Typography.Paragraph>
      </div>
    </Layout.Footer>
  );
}
