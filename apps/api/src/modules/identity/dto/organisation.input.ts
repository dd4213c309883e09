import { Field, ID, InputType } from '@nestjs/graphql';
import { SECTORS, type SectorName } from '@common-ground/shared';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsFQDN, IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { Sector } from '../models/enums';
import { Trim } from './normalise';

/** Domains are stored lower-case, without a leading @ or spaces, once each. */
const NormaliseDomains = () =>
  Transform(({ value }: { value: unknown }) =>
    Array.isArray(value)
      ? [...new Set(value.map((d: unknown) => (typeof d === 'string' ? d.trim().replace(/^@/, '').toLowerCase() : d)))]
      : value,
  );

@InputType({ description: 'An organisation’s details.' })
export class CreateOrganisationInput {
  @Field({ description: 'Name, unique in the partnership.' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'Enter the organisation’s name' })
  @MaxLength(160, { message: 'The name must be 160 characters or fewer' })
  name: string;

  @Field(() => Sector, { description: 'Sector.' })
  @IsIn(SECTORS, { message: 'Select a sector' })
  sector: SectorName;

  @Field({ description: 'True when it funds the partnership.' })
  @IsBoolean()
  fundsPartnership: boolean;

  @Field({ description: 'True when it is a member of the Safer programme.' })
  @IsBoolean()
  saferProgrammeMember: boolean;

  @Field(() => [String], {
    description: 'Email domains (such as council.gov.uk) whose owners may create their own account here; may be empty.',
  })
  @NormaliseDomains()
  @IsArray()
  @ArrayMaxSize(20, { message: 'Enter 20 domains or fewer' })
  @MaxLength(253, { each: true, message: 'Each domain must be 253 characters or fewer' })
  @IsFQDN(
    { require_tld: true, allow_underscores: false, allow_trailing_dot: false, allow_wildcard: false },
    { each: true, message: 'Enter each domain like example.org, without the @ or any spaces' },
  )
  emailDomains: string[];
}

@InputType({ description: 'New details for an existing organisation.' })
export class UpdateOrganisationInput extends CreateOrganisationInput {
  @Field(() => ID, { description: 'The organisation to change.' })
  @IsString()
  id: string;
}
