import { Controller, Get, Param, Query, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { GetPublishedPostUseCase, ListBlogPostsUseCase } from '@devgear/application';
import { blogListQuerySchema } from '@devgear/contracts';
import { parseInput } from '../../../platform/http/errors';
import { listEnvelope } from '../../../platform/http/list-envelope';
import { Public } from '../../../platform/http/public.decorator';
import { presentPost, presentPostSummary } from './blog.presenter';

/** The public blog (CONTRACT.md "Customer extras"): published posts only; a draft is 404. */
@Public()
@Controller('blog/posts')
export class BlogController {
  constructor(
    private readonly listPosts: ListBlogPostsUseCase,
    private readonly getPost: GetPublishedPostUseCase,
  ) {}

  @Get()
  async list(@Query() query: unknown, @Req() req: FastifyRequest) {
    const q = parseInput(blogListQuerySchema, query, 'Invalid blog query');
    const result = await this.listPosts.published({ tag: q.tag || undefined, page: q.page, perPage: q.per_page });
    return listEnvelope(result.items.map(presentPostSummary), result, req.url);
  }

  @Get(':slug')
  async one(@Param('slug') slug: string) {
    const { post, products } = await this.getPost.execute(slug);
    return { data: presentPost(post, products) };
  }
}
