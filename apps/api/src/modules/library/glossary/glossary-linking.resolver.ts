import {
  Args,
  Field,
  ID,
  InputType,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
  registerEnumType,
} from '@nestjs/graphql';
import { IsBoolean, IsIn, IsUUID } from 'class-validator';
import { Ctx, Roles, SameAsParent } from '../../../common/auth/decorators';
import type { RequestContext } from '../../../common/context/request-context';
import { badInput } from '../../../common/errors/domain-error';
import { isUuid } from '../../../common/ids';
import { Post } from '../../discussion/models/post.model';
import { ArticleBody } from '../../learning/models/lesson.model';
import { BlogPost } from '../blog/blog-post.model';
import { LINKABLE_CONTENT_KINDS, type LinkableContentKindName } from './entities/glossary-link-opt-out.entity';
import { GlossaryLinkingService } from './glossary-linking.service';

export const LinkableContentKind = Object.fromEntries(LINKABLE_CONTENT_KINDS.map((k) => [k, k])) as {
  [K in LinkableContentKindName]: K;
};
registerEnumType(LinkableContentKind, {
  name: 'LinkableContentKind',
  description: 'Content whose text glossary terms are linked in.',
  valuesMap: {
    LESSON: { description: 'A lesson (its article).' },
    BLOG_POST: { description: 'A blog post.' },
    FORUM_POST: { description: 'A forum post.' },
  },
});

@InputType({ description: 'Switches glossary linking on or off for one piece of content.' })
export class SetGlossaryLinkingInput {
  @Field(() => LinkableContentKind, { description: 'What kind of content.' })
  @IsIn(LINKABLE_CONTENT_KINDS, { message: 'Choose a kind of content' })
  contentKind: LinkableContentKindName;

  @Field(() => ID, { description: 'The content.' })
  @IsUUID('all', { message: 'Must be a valid identifier' })
  contentId: string;

  @Field({ description: 'True to link glossary terms in it (the default), false to leave its text plain.' })
  @IsBoolean()
  enabled: boolean;
}

/** Article bodies with glossary terms linked, and the editors' per-content switch. */
@Resolver(() => ArticleBody)
export class GlossaryLinkingResolver {
  constructor(private readonly linking: GlossaryLinkingService) {}

  @SameAsParent()
  @ResolveField('linkedHtml', () => String, {
    description:
      'The HTML with the first occurrence of each glossary term turned into a button that shows its definition and translations (a disclosure: aria-expanded, aria-controls); the same as html when an editor switched linking off.',
  })
  async linkedHtml(@Ctx() ctx: RequestContext, @Parent() body: ArticleBody): Promise<string> {
    return body.lessonId ? this.linking.link(ctx, 'LESSON', body.lessonId, body.html) : body.html;
  }

  @Roles('EDITOR', 'ADMIN')
  @Query(() => Boolean, {
    description: 'Whether glossary terms are linked in a piece of content (editors and admins).',
  })
  async glossaryLinking(
    @Args('contentKind', { type: () => LinkableContentKind, description: 'What kind of content.' })
    contentKind: LinkableContentKindName,
    @Args('contentId', { type: () => ID, description: 'The content.' }) contentId: string,
  ): Promise<boolean> {
    if (!isUuid(contentId)) throw badInput('contentId', 'Must be a valid identifier');
    return this.linking.isOn(contentKind, contentId);
  }

  @Roles('EDITOR', 'ADMIN')
  @Mutation(() => Boolean, {
    description:
      'Switches glossary linking on or off for a piece of content (editors and admins); returns the new state.',
  })
  async setGlossaryLinking(
    @Ctx() ctx: RequestContext,
    @Args('input') input: SetGlossaryLinkingInput,
  ): Promise<boolean> {
    return this.linking.set(ctx, input.contentKind, input.contentId, input.enabled);
  }
}

/** Forum posts with glossary terms linked (the discussion feature's Post type). */
@Resolver(() => Post)
export class GlossaryPostLinkingResolver {
  constructor(private readonly linking: GlossaryLinkingService) {}

  @SameAsParent()
  @ResolveField('linkedBody', () => String, {
    description:
      'The body with the first occurrence of each glossary term turned into a pop-over button (see ArticleBody.linkedHtml); empty when the body is, and the same as body when an editor switched linking off for the post.',
  })
  async linkedBody(@Ctx() ctx: RequestContext, @Parent() post: Post): Promise<string> {
    return post.body ? this.linking.link(ctx, 'FORUM_POST', post.id, post.body) : post.body;
  }
}

/** Blog posts with glossary terms linked (the library's BlogPost type). */
@Resolver(() => BlogPost)
export class GlossaryBlogLinkingResolver {
  constructor(private readonly linking: GlossaryLinkingService) {}

  @SameAsParent()
  @ResolveField('linkedBodyHtml', () => String, {
    description:
      'The post with the first occurrence of each glossary term turned into a pop-over button (see ArticleBody.linkedHtml); the same as bodyHtml when an editor switched linking off for the post.',
  })
  async linkedBodyHtml(@Ctx() ctx: RequestContext, @Parent() post: BlogPost): Promise<string> {
    return post.bodyHtml ? this.linking.link(ctx, 'BLOG_POST', post.id, post.bodyHtml) : post.bodyHtml;
  }
}
