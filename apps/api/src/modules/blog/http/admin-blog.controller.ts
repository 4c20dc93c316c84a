import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Query, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import {
  BlogCoverUseCase,
  CreateBlogPostUseCase,
  DeleteBlogPostUseCase,
  ListBlogPostsUseCase,
  PreviewMarkdownUseCase,
  UpdateBlogPostUseCase,
  type BlogPostInput,
} from '@devgear/application';
import { adminBlogListQuerySchema, blogPreviewSchema, createBlogPostSchema, updateBlogPostSchema, type BlogPostBody } from '@devgear/contracts';
import { AuthUser, CurrentUser, Roles } from '../../../platform/auth/auth.decorators';
import { parseInput } from '../../../platform/http/errors';
import { readImageUpload } from '../../../platform/http/image-upload';
import { listEnvelope } from '../../../platform/http/list-envelope';
import { pathId } from '../../../platform/http/path-id';
import { presentAdminPost } from './blog.presenter';

/** Wire names to the use cases' (the same fields, camelCase; ids lower-cased). */
function toInput(b: BlogPostBody): BlogPostInput {
  return { title: b.title, slug: b.slug, excerpt: b.excerpt, bodyMarkdown: b.body_markdown, tags: b.tags, status: b.status, productIds: b.product_ids?.map((id) => id.toLowerCase()) };
}

/** The blog's back office (CONTRACT.md "Customer extras", admin routes), plus the cover image and the live preview. */
@Roles('admin')
@Controller('admin/blog')
export class AdminBlogController {
  constructor(
    private readonly listPosts: ListBlogPostsUseCase,
    private readonly createPost: CreateBlogPostUseCase,
    private readonly updatePost: UpdateBlogPostUseCase,
    private readonly deletePost: DeleteBlogPostUseCase,
    private readonly cover: BlogCoverUseCase,
    private readonly preview: PreviewMarkdownUseCase,
  ) {}

  @Get('posts')
  async list(@Query() query: unknown, @Req() req: FastifyRequest) {
    const q = parseInput(adminBlogListQuerySchema, query, 'Invalid blog filters');
    const result = await this.listPosts.forAdmin({ status: q.status, q: q.q, page: q.page, perPage: q.per_page });
    return listEnvelope(result.items.map(presentAdminPost), result, req.url);
  }

  @Get('posts/:id')
  async one(@Param('id') id: string) {
    return { data: presentAdminPost(await this.listPosts.one(pathId(id, 'Blog post'))) };
  }

  @Post('posts')
  @HttpCode(201)
  async create(@Body() body: unknown, @CurrentUser() admin: AuthUser) {
    const input = parseInput(createBlogPostSchema, body, 'Invalid blog post');
    return { data: presentAdminPost(await this.createPost.execute(admin.id, toInput(input))) };
  }

  @Patch('posts/:id')
  async update(@Param('id') id: string, @Body() body: unknown) {
    const postId = pathId(id, 'Blog post');
    const input = parseInput(updateBlogPostSchema, body, 'Invalid blog post change');
    return { data: presentAdminPost(await this.updatePost.execute(postId, toInput(input))) };
  }

  @Delete('posts/:id')
  @HttpCode(204)
  async remove(@Param('id') id: string) {
    await this.deletePost.execute(pathId(id, 'Blog post'));
  }

  /** multipart/form-data with `file` (JPEG, PNG or WebP, at most 10 MiB) and `alt`; replaces the cover. */
  @Put('posts/:id/cover')
  async setCover(@Param('id') id: string, @Req() req: FastifyRequest) {
    const postId = pathId(id, 'Blog post');
    return { data: presentAdminPost(await this.cover.set(postId, await readImageUpload(req))) };
  }

  @Delete('posts/:id/cover')
  async removeCover(@Param('id') id: string) {
    return { data: presentAdminPost(await this.cover.remove(pathId(id, 'Blog post'))) };
  }

  /** The editor's live preview: the Markdown rendered and sanitised exactly as saving would. */
  @Post('preview')
  @HttpCode(200)
  async render(@Body() body: unknown) {
    const input = parseInput(blogPreviewSchema, body, 'Invalid Markdown');
    return { data: { body_html: this.preview.execute(input.body_markdown).html } };
  }
}
