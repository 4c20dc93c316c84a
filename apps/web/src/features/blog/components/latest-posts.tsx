import Col from 'antd/es/col';
import Row from 'antd/es/row';
import Typography from 'antd/es/typography';
import { Link } from 'react-router-dom';
import { useListPostsQuery } from '../api/blog-api';
import { BlogCard } from './blog-card';
import './blog.css';

/** "From the blog" on the home page: the three newest posts; nothing when there are none. */
export function LatestPosts() {
  const { data } = useListPostsQuery({ per_page: 3 });
  if (!data?.data.length) return null;
  return (
    <section className="section" aria-labelledby="latest-posts-title" data-testid="latest-posts">
      <div className="section__header">
        <Typography.Title level={2} id="latest-posts-title" style={{ fontSize: 22 }}>
          From the blog
        </Typography.Title>
        <Link to="/blog">All posts</Link>
      </div>
      <Row gutter={[16, 16]}>
        {data.data.map((post) => (
          <Col key={post.id} xs={24} md={8}>
            <BlogCard post={post} />
          </Col>
        ))}
      </Row>
    </section>
  );
}
