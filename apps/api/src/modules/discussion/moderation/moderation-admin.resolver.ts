import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, Roles, SameAsParent } from '../../../common/auth/decorators';
import type { RequestContext } from '../../../common/context/request-context';
import { pageSize, toConnection } from '../../../common/graphql/connection';
import { MaxItems } from '../../../common/graphql/list-size';
import { Colleague, toColleague } from '../../identity/models/colleague.model';
import { PeopleService } from '../../identity/people.service';
import { CategoryModeratorsService } from './category-moderators.service';
import {
  AddWatchedWordInput,
  AssignCategoryModeratorInput,
  LiftSuspensionInput,
  RemoveWatchedWordInput,
  SuspendPersonInput,
  UpdateModerationSettingsInput,
} from './dto/moderation.inputs';
import { MODERATION_LIMITS } from './moderation.constants';
import { ModerationSettingsService } from './moderation-settings.service';
import {
  ModerationSettings,
  Suspension,
  SuspensionConnection,
  toSuspension,
  toWatchedWord,
  WatchedWord,
} from './models/moderation.models';
import { SuspensionsService } from './suspensions.service';
import { WatchedWordsService } from './watched-words.service';

/** Moderation's standing rules: settings, watched words, category moderators and suspensions. */
@Resolver(() => Suspension)
export class ModerationAdminResolver {
  constructor(
    private readonly settings: ModerationSettingsService,
    private readonly words: WatchedWordsService,
    private readonly assignments: CategoryModeratorsService,
    private readonly suspensions: SuspensionsService,
    private readonly people: PeopleService,
  ) {}

  @Roles('MODERATOR', 'ADMIN')
  @Query(() => ModerationSettings, { description: 'The forum’s moderation settings.' })
  async moderationSettings(): Promise<ModerationSettings> {
    return this.settings.get();
  }

  @Roles('ADMIN')
  @Mutation(() => ModerationSettings, { description: 'Changes the moderation settings (admins).' })
  async updateModerationSettings(
    @Ctx() ctx: RequestContext,
    @Args('input') input: UpdateModerationSettingsInput,
  ): Promise<ModerationSettings> {
    const { reason, ...settings } = input;
    return this.settings.update(ctx, settings, reason);
  }

  @Roles('MODERATOR', 'ADMIN')
  @MaxItems(MODERATION_LIMITS.watchedWordsMax)
  @Query(() => [WatchedWord], { description: 'The watched words, alphabetically (at most 500).' })
  async watchedWords(@Ctx() ctx: RequestContext): Promise<WatchedWord[]> {
    return (await this.words.list(ctx)).map(toWatchedWord);
  }

  @Roles('MODERATOR', 'ADMIN')
  @Mutation(() => WatchedWord, { description: 'Adds a watched word (forum-wide moderators and admins).' })
  async addWatchedWord(@Ctx() ctx: RequestContext, @Args('input') input: AddWatchedWordInput): Promise<WatchedWord> {
    return toWatchedWord(await this.words.add(ctx, input.word, input.action, input.reason));
  }

  @Roles('MODERATOR', 'ADMIN')
  @Mutation(() => WatchedWord, { description: 'Takes a word off the watched list (forum-wide moderators and admins).' })
  async removeWatchedWord(
    @Ctx() ctx: RequestContext,
    @Args('input') input: RemoveWatchedWordInput,
  ): Promise<WatchedWord> {
    return toWatchedWord(await this.words.remove(ctx, input.watchedWordId, input.reason));
  }

  @Roles('ADMIN')
  @MaxItems(MODERATION_LIMITS.moderatorsPerCategory)
  @Query(() => [Colleague], { description: 'The moderators in charge of a category, by name (admins).' })
  async categoryModerators(
    @Ctx() ctx: RequestContext,
    @Args('categoryId', { type: () => ID, description: 'The category.' }) categoryId: string,
  ): Promise<Colleague[]> {
    return (await this.assignments.list(ctx, categoryId)).map(toColleague);
  }

  @Roles('ADMIN')
  @Mutation(() => Boolean, {
    description: 'Gives a moderator charge of a category, or takes it back (admins). Returns true.',
  })
  async assignCategoryModerator(
    @Ctx() ctx: RequestContext,
    @Args('input') input: AssignCategoryModeratorInput,
  ): Promise<boolean> {
    await this.assignments.assign(ctx, input.categoryId, input.personId, input.assigned);
    return true;
  }

  @Roles('MODERATOR', 'ADMIN')
  @Query(() => SuspensionConnection, { description: 'Suspensions in force, ending soonest first.' })
  async activeSuspensions(
    @Ctx() ctx: RequestContext,
    @Args('first', { type: () => Int, nullable: true, description: 'Page size (1–100, default 20).' })
    first?: number,
    @Args('after', { type: () => String, nullable: true, description: 'Cursor from the previous page.' })
    after?: string | null,
  ): Promise<SuspensionConnection> {
    return toConnection(await this.suspensions.active(ctx, pageSize(first), after), toSuspension);
  }

  @Roles('MODERATOR', 'ADMIN')
  @Mutation(() => Suspension, {
    description: 'Suspends a person from writing in discussions for some hours (forum-wide moderators and admins).',
  })
  async suspendPerson(@Ctx() ctx: RequestContext, @Args('input') input: SuspendPersonInput): Promise<Suspension> {
    return toSuspension(await this.suspensions.suspend(ctx, input.personId, input.hours, input.reason));
  }

  @Roles('MODERATOR', 'ADMIN')
  @Mutation(() => Suspension, { description: 'Ends a suspension early (forum-wide moderators and admins).' })
  async liftSuspension(@Ctx() ctx: RequestContext, @Args('input') input: LiftSuspensionInput): Promise<Suspension> {
    return toSuspension(await this.suspensions.lift(ctx, input.suspensionId, input.reason));
  }

  @SameAsParent()
  @ResolveField('person', () => Colleague, { nullable: true, description: 'Who is suspended.' })
  async person(@Ctx() ctx: RequestContext, @Parent() suspension: Suspension): Promise<Colleague | null> {
    const person = await this.people.find(ctx, suspension.personId);
    return person ? toColleague(person) : null;
  }
}
