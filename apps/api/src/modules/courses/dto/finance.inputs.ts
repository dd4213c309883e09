import { Field, InputType } from '@nestjs/graphql';
import { IsString, Matches, MaxLength } from 'class-validator';

const DATE_MESSAGE = 'Enter a real date, like 2026-06-16';

@InputType({ description: 'The sessions a finance view covers: those starting on these London dates, inclusive.' })
export class ChargePeriodInput {
  @Field({ description: 'First date (YYYY-MM-DD).' })
  @IsString()
  @MaxLength(10, { message: DATE_MESSAGE })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: DATE_MESSAGE })
  from: string;

  @Field({ description: 'Last date (YYYY-MM-DD), on or after the first.' })
  @IsString()
  @MaxLength(10, { message: DATE_MESSAGE })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: DATE_MESSAGE })
  to: string;
}
