import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, Roles } from '../../common/auth/decorators';
import type { RequestContext } from '../../common/context/request-context';
import { pageSize, toConnection } from '../../common/graphql/connection';
import {
  CompetenciesFilter,
  CompetencyInput,
  FrameworkIdInput,
  ResourceInput,
  ResourcesFilter,
  StrandInput,
  UpdateCompetencyInput,
  UpdateResourceInput,
  UpdateStrandInput,
  UpdateWorkforceGroupInput,
  WorkforceGroupInput,
} from './dto/framework.inputs';
import { FrameworkAdminService } from './framework-admin.service';
import {
  Competency,
  CompetencyConnection,
  FrameworkGroup,
  LearningResource,
  LearningResourceConnection,
  Strand,
} from './models/framework.model';
import { toCompetency, toFrameworkGroup, toLearningResource, toStrand } from './models/framework.mappers';

/** Admins keep the framework: strands, workforce groups, competencies, resources and the mapping. */
@Roles('ADMIN')
@Resolver()
export class FrameworkAdminResolver {
  constructor(private readonly admin: FrameworkAdminService) {}

  @Query(() => CompetencyConnection, {
    description: 'Competencies for admins, by strand, group and order; `unmappedOnly` lists the mapping’s gaps.',
  })
  async frameworkCompetencyPage(
    @Ctx() ctx: RequestContext,
    @Args('filter', { type: () => CompetenciesFilter, nullable: true, description: 'Which competencies.' })
    filter?: CompetenciesFilter,
    @Args('first', { type: () => Int, nullable: true, description: 'Page size (1–100, default 20).' })
    first?: number,
    @Args('after', { type: () => String, nullable: true, description: 'Cursor from the previous page.' })
    after?: string | null,
  ): Promise<CompetencyConnection> {
    const page = await this.admin.competencyPage(ctx, filter ?? {}, pageSize(first), after);
    return toConnection(page, toCompetency);
  }

  @Query(() => Competency, { description: 'One competency, for admins.' })
  async frameworkCompetency(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID, description: 'The competency.' }) id: string,
  ): Promise<Competency> {
    return toCompetency(await this.admin.competency(ctx, id));
  }

  @Query(() => LearningResourceConnection, { description: 'Learning resources for admins, by title.' })
  async frameworkResources(
    @Ctx() ctx: RequestContext,
    @Args('filter', { type: () => ResourcesFilter, nullable: true, description: 'Which resources.' })
    filter?: ResourcesFilter,
    @Args('first', { type: () => Int, nullable: true, description: 'Page size (1–100, default 20).' })
    first?: number,
    @Args('after', { type: () => String, nullable: true, description: 'Cursor from the previous page.' })
    after?: string | null,
  ): Promise<LearningResourceConnection> {
    const page = await this.admin.resourcePage(ctx, filter?.kind, pageSize(first), after);
    return toConnection(page, toLearningResource);
  }

  @Query(() => LearningResource, { description: 'One learning resource with its competencies, for admins.' })
  async frameworkResource(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID, description: 'The resource.' }) id: string,
  ): Promise<LearningResource> {
    return toLearningResource(await this.admin.resource(ctx, id));
  }

  @Mutation(() => Strand, { description: 'Adds a strand (admins).' })
  async createStrand(@Ctx() ctx: RequestContext, @Args('input') input: StrandInput): Promise<Strand> {
    return toStrand(await this.admin.createStrand(ctx, input));
  }

  @Mutation(() => Strand, { description: 'Changes a strand (admins).' })
  async updateStrand(@Ctx() ctx: RequestContext, @Args('input') input: UpdateStrandInput): Promise<Strand> {
    const { id, ...fields } = input;
    return toStrand(await this.admin.updateStrand(ctx, id, fields));
  }

  @Mutation(() => ID, { description: 'Deletes a strand with its competencies (admins); returns its id.' })
  async deleteStrand(@Ctx() ctx: RequestContext, @Args('input') input: FrameworkIdInput): Promise<string> {
    await this.admin.deleteStrand(ctx, input.id);
    return input.id;
  }

  @Mutation(() => FrameworkGroup, { description: 'Adds a workforce group (admins).' })
  async createWorkforceGroup(
    @Ctx() ctx: RequestContext,
    @Args('input') input: WorkforceGroupInput,
  ): Promise<FrameworkGroup> {
    return toFrameworkGroup(await this.admin.createGroup(ctx, input));
  }

  @Mutation(() => FrameworkGroup, { description: 'Changes a workforce group (admins).' })
  async updateWorkforceGroup(
    @Ctx() ctx: RequestContext,
    @Args('input') input: UpdateWorkforceGroupInput,
  ): Promise<FrameworkGroup> {
    const { id, ...fields } = input;
    return toFrameworkGroup(await this.admin.updateGroup(ctx, id, fields));
  }

  @Mutation(() => ID, { description: 'Deletes a workforce group with its competencies (admins); returns its id.' })
  async deleteWorkforceGroup(@Ctx() ctx: RequestContext, @Args('input') input: FrameworkIdInput): Promise<string> {
    await this.admin.deleteGroup(ctx, input.id);
    return input.id;
  }

  @Mutation(() => Competency, { description: 'Adds a competency to a strand and workforce group (admins).' })
  async createCompetency(@Ctx() ctx: RequestContext, @Args('input') input: CompetencyInput): Promise<Competency> {
    const row = await this.admin.createCompetency(ctx, input);
    return toCompetency(await this.admin.competency(ctx, row.id));
  }

  @Mutation(() => Competency, { description: 'Changes a competency (admins).' })
  async updateCompetency(@Ctx() ctx: RequestContext, @Args('input') input: UpdateCompetencyInput): Promise<Competency> {
    const { id, ...fields } = input;
    await this.admin.updateCompetency(ctx, id, fields);
    return toCompetency(await this.admin.competency(ctx, id));
  }

  @Mutation(() => ID, { description: 'Deletes a competency, its ratings and its mapping (admins); returns its id.' })
  async deleteCompetency(@Ctx() ctx: RequestContext, @Args('input') input: FrameworkIdInput): Promise<string> {
    await this.admin.deleteCompetency(ctx, input.id);
    return input.id;
  }

  @Mutation(() => LearningResource, { description: 'Adds a learning resource mapped to competencies (admins).' })
  async createLearningResource(
    @Ctx() ctx: RequestContext,
    @Args('input') input: ResourceInput,
  ): Promise<LearningResource> {
    const row = await this.admin.createResource(ctx, input);
    return toLearningResource(await this.admin.resource(ctx, row.id));
  }

  @Mutation(() => LearningResource, { description: 'Replaces a learning resource and its mapping (admins).' })
  async updateLearningResource(
    @Ctx() ctx: RequestContext,
    @Args('input') input: UpdateResourceInput,
  ): Promise<LearningResource> {
    const { id, ...fields } = input;
    await this.admin.updateResource(ctx, id, fields);
    return toLearningResource(await this.admin.resource(ctx, id));
  }

  @Mutation(() => ID, { description: 'Deletes a learning resource (admins); returns its id.' })
  async deleteLearningResource(@Ctx() ctx: RequestContext, @Args('input') input: FrameworkIdInput): Promise<string> {
    await this.admin.deleteResource(ctx, input.id);
    return input.id;
  }
}
