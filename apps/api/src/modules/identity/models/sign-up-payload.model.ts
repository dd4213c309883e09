import { Field, ObjectType } from '@nestjs/graphql';
import { Person } from './person.model';

@ObjectType({ description: 'The outcome of creating an account.' })
export class SignUpPayload {
  @Field({ description: 'The account’s email address, as stored (trimmed, lower-case).' })
  email: string;

  @Field({
    description: 'True when the person must open the link we emailed before signing in; false when already signed in.',
  })
  verificationRequired: boolean;

  @Field(() => Person, { nullable: true, description: 'The signed-in person, when no verification is needed.' })
  viewer: Person | null;
}
