import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { GLOSSARY_LIMITS } from '@common-ground/shared';
import { Ctx, Public, Roles } from '../../../common/auth/decorators';
import type { RequestContext } from '../../../common/context/request-context';
import { pageSize, toConnection } from '../../../common/graphql/connection';
import { MaxItems } from '../../../common/graphql/list-size';
import {
  DeleteGlossaryTermInput,
  GlossaryTermInput,
  GlossaryTermsFilter,
  UpdateGlossaryTermInput,
} from './dto/glossary.inputs';
import { directionOf, GlossaryService, type TermWithTranslations } from './glossary.service';
import { GlossaryLanguage, GlossaryTerm, GlossaryTermConnection, toGlossaryTerm } from './models/glossary-term.model';

/** The glossary: reading (everyone, within each term's audience) and writing (editors and admins). */
@Resolver(() => GlossaryTerm)
export class GlossaryResolver {
  constructor(private readonly glossary: GlossaryService) {}

  private model(ctx: RequestContext, row: TermWithTranslations): GlossaryTerm {
    return toGlossaryTerm(row.term, row.item, row.translations, ctx.actor);
  }

  @Public()
  @Query(() => GlossaryTermConnection, {
    description:
      'Glossary terms the viewer may read, A–Z, filtered by letter, category, language or search words in any language.',
  })
  async glossaryTerms(
    @Ctx() ctx: RequestContext,
    @Args('filter', { type: () => GlossaryTermsFilter, nullable: true, description: 'Which terms.' })
    filter?: GlossaryTermsFilter,
    @Args('first', { type: () => Int, nullable: true, description: 'Page size (1–100, default 20).' })
    first?: number,
    @Args('after', { type: () => String, nullable: true, description: 'Cursor from the previous page.' })
    after?: string | null,
  ): Promise<GlossaryTermConnection> {
    const page = await this.glossary.page(ctx, filter ?? {}, pageSize(first), after);
    return toConnection(page, (row) => this.model(ctx, row));
  }

  @Public()
  @Query(() => GlossaryTerm, {
    nullable: true,
    description: 'One glossary term; null when there is none the viewer may read.',
  })
  async glossaryTerm(
    @Ctx() ctx: RequestContext,
    @Args('slug', { description: 'Its address, e.g. council-tax.' }) slug: string,
  ): Promise<GlossaryTerm | null> {
    const row = slug.length <= 120 ? await this.glossary.bySlug(ctx, slug) : null;
    return row ? this.model(ctx, row) : null;
  }

  @Public()
  @MaxItems(GLOSSARY_LIMITS.languagesListed)
  @Query(() => [GlossaryLanguage], {
    description: 'The languages the glossary has translations into, by English name (for the language filter).',
  })
  async glossaryLanguages(@Ctx() ctx: RequestContext): Promise<GlossaryLanguage[]> {
    const rows = await this.glossary.languages(ctx);
    return rows.map((r) => ({ ...r, direction: directionOf(r.code) }));
  }

  @Public()
  @MaxItems(27)
  @Query(() => [String], { description: 'The A–Z letters (and #) that have terms the viewer may read.' })
  async glossaryLetters(@Ctx() ctx: RequestContext): Promise<string[]> {
    return this.glossary.letters(ctx);
  }

  @Roles('EDITOR', 'ADMIN')
  @Mutation(() => GlossaryTerm, { description: 'Adds a glossary term with its translations (editors and admins).' })
  async createGlossaryTerm(@Ctx() ctx: RequestContext, @Args('input') input: GlossaryTermInput): Promise<GlossaryTerm> {
    return this.model(ctx, await this.glossary.create(ctx, input));
  }

  @Roles('EDITOR', 'ADMIN')
  @Mutation(() => GlossaryTerm, {
    description: 'Replaces a glossary term’s content and translations (editors and admins).',
  })
  async updateGlossaryTerm(
    @Ctx() ctx: RequestContext,
    @Args('input') input: UpdateGlossaryTermInput,
  ): Promise<GlossaryTerm> {
    return this.model(ctx, await this.glossary.update(ctx, input));
  }

  @Roles('EDITOR', 'ADMIN')
  @Mutation(() => ID, {
    description: 'Deletes a glossary term and its translations (editors and admins); returns its id.',
  })
  async deleteGlossaryTerm(@Ctx() ctx: RequestContext, @Args('input') input: DeleteGlossaryTermInput): Promise<string> {
    await this.glossary.remove(ctx, input.id);
    return input.id;
  }
}
