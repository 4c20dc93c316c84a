import { ContentErrorCodes, ContentLimits, DomainError, type BlogPost } from '@devgear/domain';
import { checkImageUpload } from '../../catalog/product-images/image-type';
import { requirePost, type BlogDeps } from '../blog.deps';

/**
 * PUT and DELETE /admin/blog/posts/{id}/cover: the image goes through the file storage under a
 * new key before the post is saved (removed again if the save fails); the file it replaces is
 * deleted after the save, so the post never points at a missing file.
 */
export class BlogCoverUseCase {
  constructor(private readonly deps: Pick<BlogDeps, 'posts' | 'storage' | 'ids' | 'clock' | 'errors'>) {}

  async set(postId: string, upload: { bytes: Uint8Array; alt: string }): Promise<BlogPost> {
    const checked = checkImageUpload(upload.bytes, upload.alt, ContentLimits.COVER_ALT_MAX);
    if ('problems' in checked) throw new DomainError(ContentErrorCodes.INVALID_POST, 'Invalid cover image', 'validation', checked.problems);
    const post = await requirePost(this.deps.posts, postId);
    const stored = await this.deps.storage.put(`blog/${post.id}/${this.deps.ids.next()}.${checked.type.ext}`, upload.bytes, checked.type.mime);
    let previous;
    try {
      previous = post.setCover({ url: stored.url, alt: checked.alt, storageKey: stored.key }, this.deps.clock.now());
      await this.deps.posts.save(post);
    } catch (error) {
      await this.deleteFile(stored.key);
      throw error;
    }
    if (previous) await this.deleteFile(previous.storageKey);
    return post;
  }

  async remove(postId: string): Promise<BlogPost> {
    const post = await requirePost(this.deps.posts, postId);
    const previous = post.removeCover(this.deps.clock.now());
    if (previous) {
      await this.deps.posts.save(post);
      await this.deleteFile(previous.storageKey);
    }
    return post;
  }

  private async deleteFile(key: string): Promise<void> {
    await this.deps.storage.delete(key).catch((e) => this.deps.errors.report(e, { operation: 'blog.cover.delete', key }));
  }
}
