import BlogPostPage from '@/features/blog/components/blog-post-page';
import { addToCartAction, wishlistOverlay } from '../card-actions';

/** /blog/:slug, loaded with its route: the linked products' cards get Add and the heart like everywhere. */
export function Component() {
  return <BlogPostPage cardAction={addToCartAction} cardOverlay={wishlistOverlay} />;
}
