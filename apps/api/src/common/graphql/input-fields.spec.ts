import 'reflect-metadata';
import { InputType } from '@nestjs/graphql';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { IdField, OrderField, TextField } from './input-fields';

@InputType('InputFieldsSpecInput')
class Sample {
  @TextField({ description: 'Name.', max: 1000, label: 'The name', blank: 'Enter the name' })
  name: string;

  @TextField({ description: 'Note.', max: 10, label: 'The note', nullable: true })
  note?: string | null;

  @OrderField({ description: 'Order.', max: 100000 })
  position: number;

  @IdField({ description: 'Strand.', message: 'Choose a strand' })
  strandId: string;
}

const messages = (plain: Record<string, unknown>) => {
  const input = plainToInstance(Sample, plain);
  return {
    input,
    errors: Object.fromEntries(
      validateSync(input).map((e) => [e.property, Object.values(e.constraints ?? {}).sort()]),
    ) as Record<string, string[]>,
  };
};

const valid = { name: 'Protecting people', position: 0, strandId: '6f1c2a4e-8b3d-4c5e-9f7a-1b2c3d4e5f60' };

describe('shared input fields', () => {
  it('trims text and accepts a whole input, with optional text left out', () => {
    const { input, errors } = messages({ ...valid, name: '  Protecting people  ' });
    expect(errors).toEqual({});
    expect(input.name).toBe('Protecting people');
  });

  it('words every refusal so a person can act on it, with numbers as GOV.UK writes them', () => {
    const { errors } = messages({ name: '   ', note: 'x'.repeat(11), position: 1.5, strandId: 'strand-1' });
    expect(errors.name).toEqual(['Enter the name']);
    expect(errors.note).toEqual(['The note must be 10 characters or fewer']);
    expect(errors.position).toEqual(['Enter the order as a whole number']);
    expect(errors.strandId).toEqual(['Choose a strand']);
    expect(messages({ ...valid, name: 'x'.repeat(1001) }).errors.name).toEqual([
      'The name must be 1,000 characters or fewer',
    ]);
    expect(messages({ ...valid, position: 100001 }).errors.position).toEqual(['The order must be 100,000 or less']);
    expect(messages({ ...valid, position: -1 }).errors.position).toEqual(['The order must be 0 or more']);
  });

  it('refuses a non-string name rather than trimming it', () => {
    expect(messages({ ...valid, name: 42 }).errors.name).toContain('name must be a string');
  });
});
