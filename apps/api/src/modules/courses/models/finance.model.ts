import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { SectorName } from '@common-ground/shared';
import { Connection } from '../../../common/graphql/connection';
import { Sector } from '../../identity/models/enums';

@ObjectType({ description: 'What one organisation owes for places on sessions in a period.' })
export class OrganisationCharges {
  @Field(() => ID, { description: 'The organisation.' })
  organisationId: string;

  @Field({ description: 'Its name.' })
  organisationName: string;

  @Field(() => Sector, { description: 'Its sector.' })
  sector: SectorName;

  @Field(() => Int, { description: 'Places taken (delegates who did not come included).' })
  places: number;

  @Field(() => Int, { description: 'Places given up after the free cancellation deadline, and so charged.' })
  lateCancellations: number;

  @Field(() => Int, { description: 'Delegates marked absent on the register, and so charged.' })
  noShows: number;

  @Field(() => Int, { description: 'What is owed, in pence.' })
  totalPence: number;
}

@ObjectType()
export class OrganisationChargesConnection extends Connection(OrganisationCharges, 'OrganisationCharges') {}

@ObjectType({ description: 'Charges for every organisation in a period, added up.' })
export class ChargeTotals {
  @Field(() => Int, { description: 'Organisations charged.' })
  organisations: number;

  @Field(() => Int, { description: 'Places taken.' })
  places: number;

  @Field(() => Int, { description: 'Late cancellations charged.' })
  lateCancellations: number;

  @Field(() => Int, { description: 'No-shows charged.' })
  noShows: number;

  @Field(() => Int, { description: 'What is owed in all, in pence.' })
  totalPence: number;
}
