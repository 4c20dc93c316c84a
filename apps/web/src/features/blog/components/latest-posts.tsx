import { Link } from 'react-router-dom';
import { LATEST_POSTS_COUNT } from '@devgear/contracts';
import { useListPostsQuery } from '../api/blog-api';
import { BlogCard } from './blog-card';
import './blog.css';
import { useSectionResult } from '@/hooks/use-section-result';

/** "From the blog" on the home page: the three newest posts; nothing when there are none. */
export function LatestPosts() {
  const { data } = useSectionResult(useListPostsQuery({ per_page: LATEST_POSTS_COUNT }));
  if (!data?.data.length) return null;
  return (
    <section className="section" aria-labelledby="latest-posts-title" data-testid="latest-posts">
      <div className="section__header">
        <h2 id="latest-posts-title" className="section__title">
          From the blog
        </h2>
        <Link to="/blog">All posts</Link>
      </div>
      <ul className="blog-grid">
        {data.data.map((post) => (
          <li key={post.id}>
            <BlogCard post={post} />
          </li>
        ))}
      </ul>
    </section>
  );
}
