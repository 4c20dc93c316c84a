import { LogErrorReporter } from '../../platform/logging/log-error-reporter';
import { Module } from '@nestjs/common';
import {
  BlogCoverUseCase,
  CreateBlogPostUseCase,
  DeleteBlogPostUseCase,
  GetPublishedPostUseCase,
  ListBlogPostsUseCase,
  PreviewMarkdownUseCase,
  UpdateBlogPostUseCase,
  type BlogDeps,
  type CatalogReadModel,
  type FileStorage,
  type UserRepository,
} from '@devgear/application';
import { MarkdownItRenderer } from '../../adapters/markdown/markdown-it.renderer';
import { systemClock, uuidIds } from '../../platform/system/system-services';
import { CatalogModule } from '../catalog/catalog.module';
import { CatalogProductLookup } from '../catalog/catalog.public';
import { CATALOG_READ_MODEL, FILE_STORAGE } from '../catalog/catalog.tokens';
import { USER_REPOSITORY } from '../identity/identity.tokens';
import { AdminBlogController } from './http/admin-blog.controller';
import { BlogController } from './http/blog.controller';
import { PrismaBlogPostRepository } from './persistence/prisma-blog-post.repository';

const BLOG_DEPS = Symbol('BlogDeps');
const useCase = <T>(UseCase: new (deps: BlogDeps) => T) => ({ provide: UseCase, inject: [BLOG_DEPS], useFactory: (deps: BlogDeps) => new UseCase(deps) });

/** The blog: posts written in Markdown, rendered and sanitised on the server, with products linked. */
@Module({
  imports: [CatalogModule],
  controllers: [BlogController, AdminBlogController],
  providers: [
    PrismaBlogPostRepository,
    MarkdownItRenderer,
    {
      provide: BLOG_DEPS,
      inject: [PrismaBlogPostRepository, MarkdownItRenderer, CATALOG_READ_MODEL, USER_REPOSITORY, FILE_STORAGE],
      useFactory: (posts: PrismaBlogPostRepository, markdown: MarkdownItRenderer, catalog: CatalogReadModel, users: UserRepository, storage: FileStorage): BlogDeps => ({
        posts,
        markdown,
        catalog,
        products: new CatalogProductLookup(catalog),
        users,
        storage,
        ids: uuidIds,
        clock: systemClock,
        errors: new LogErrorReporter('Blog'),
      }),
    },
    useCase(CreateBlogPostUseCase),
    useCase(UpdateBlogPostUseCase),
    useCase(DeleteBlogPostUseCase),
    useCase(GetPublishedPostUseCase),
    useCase(ListBlogPostsUseCase),
    useCase(BlogCoverUseCase),
    { provide: PreviewMarkdownUseCase, inject: [MarkdownItRenderer], useFactory: (markdown: MarkdownItRenderer) => new PreviewMarkdownUseCase(markdown) },
  ],
  exports: [PrismaBlogPostRepository, MarkdownItRenderer],
})
export class BlogModule {}
