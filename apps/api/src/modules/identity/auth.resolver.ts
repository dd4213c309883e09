import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, Public, SignedIn } from '../../common/auth/decorators';
import type { RequestContext } from '../../common/context/request-context';
import { AccountsService } from './accounts.service';
import { AuthService } from './auth.service';
import { ChangePasswordInput } from './dto/change-password.input';
import { EmailInput } from './dto/email.input';
import { ResetPasswordInput } from './dto/reset-password.input';
import { SignInInput } from './dto/sign-in.input';
import { SignUpInput } from './dto/sign-up.input';
import { TokenInput } from './dto/token.input';
import { Person, toPerson } from './models/person.model';
import { SignUpPayload } from './models/sign-up-payload.model';
import { PeopleService } from './people.service';

/**
 * Who is signed in, and the ways in and out: sign-up, confirmation, sign-in, passwords.
 * Typed to Person (it resolves no Person fields) so tools that find resolvers by their
 * type metadata, such as the schema writer, see it.
 */
@Resolver(() => Person)
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly accounts: AccountsService,
    private readonly people: PeopleService,
  ) {}

  @Public()
  @Query(() => Person, { nullable: true, description: 'The signed-in person; null when signed out.' })
  async viewer(@Ctx() ctx: RequestContext): Promise<Person | null> {
    const person = await this.people.viewer(ctx);
    return person ? toPerson(person, ctx.actor) : null;
  }

  @Public()
  @Mutation(() => SignUpPayload, {
    description:
      'Creates an account. Self sign-up needs an email domain of a partnership organisation and a confirmed address; an invitation signs the person in at once.',
  })
  async signUp(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The new account’s details.' }) input: SignUpInput,
  ): Promise<SignUpPayload> {
    const result = await this.accounts.signUp(ctx, input);
    return {
      email: result.email,
      verificationRequired: result.verificationRequired,
      viewer: result.person ? toPerson(result.person, ctx.actor) : null,
    };
  }

  @Public()
  @Mutation(() => Person, { description: 'Confirms an email address from the emailed link, and signs the person in.' })
  async verifyEmail(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The token from the confirmation link.' }) input: TokenInput,
  ): Promise<Person> {
    return toPerson(await this.accounts.verifyEmail(ctx, input.token), ctx.actor);
  }

  @Public()
  @Mutation(() => Boolean, {
    description:
      'Emails a new confirmation link if the address has an unconfirmed account. Always true, so it reveals nothing.',
  })
  async resendVerificationEmail(
    @Args('input', { description: 'The address to send a new link to.' }) input: EmailInput,
  ): Promise<boolean> {
    await this.accounts.resendVerification(input.email);
    return true;
  }

  @Public()
  @Mutation(() => Person, { description: 'Signs in with email address and password.' })
  async signIn(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'Email address and password.' }) input: SignInInput,
  ): Promise<Person> {
    return toPerson(await this.auth.signIn(ctx, input.email, input.password), ctx.actor);
  }

  @SignedIn()
  @Mutation(() => Boolean, { description: 'Signs out of this browser.' })
  async signOut(@Ctx() ctx: RequestContext): Promise<boolean> {
    await this.auth.signOut(ctx);
    return true;
  }

  @SignedIn()
  @Mutation(() => Boolean, { description: 'Signs out of every browser and device, this one included.' })
  async signOutEverywhere(@Ctx() ctx: RequestContext): Promise<boolean> {
    await this.auth.signOutEverywhere(ctx);
    return true;
  }

  @Public()
  @Mutation(() => Boolean, {
    description:
      'Emails a password reset link if the address has an active account. Always true, so it reveals nothing.',
  })
  async requestPasswordReset(
    @Args('input', { description: 'The address of the account.' }) input: EmailInput,
  ): Promise<boolean> {
    await this.accounts.requestPasswordReset(input.email);
    return true;
  }

  @Public()
  @Mutation(() => Boolean, {
    description: 'Sets a new password from a reset link, and signs the person out everywhere.',
  })
  async resetPassword(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The token from the reset link and the new password.' }) input: ResetPasswordInput,
  ): Promise<boolean> {
    await this.accounts.resetPassword(ctx, input.token, input.password);
    return true;
  }

  @SignedIn()
  @Mutation(() => Boolean, { description: 'Changes the signed-in person’s password; their other sessions end.' })
  async changePassword(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The current and the new password.' }) input: ChangePasswordInput,
  ): Promise<boolean> {
    await this.accounts.changePassword(ctx, input.currentPassword, input.newPassword);
    return true;
  }
}
