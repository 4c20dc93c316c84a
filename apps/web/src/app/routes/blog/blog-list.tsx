import BlogListPage from '@/features/blog/components/blog-list-page';

/** /blog, loaded with its route. */
export const Component = BlogListPage;
