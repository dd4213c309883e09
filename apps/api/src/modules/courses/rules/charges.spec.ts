import { type ChargeRate, chargeBandOf, chargeFor, chargeWords, rateOn, STARTING_CHARGE_RATES } from './charges';

describe('charges', () => {
  const charge = (org: Parameters<typeof chargeFor>[0], date = '2026-06-22', rates = STARTING_CHARGE_RATES) =>
    chargeFor(org, date, rates).rate?.amountPence;

  it('are free to agencies that fund the partnership, whatever their sector', () => {
    expect(charge({ sector: 'STATUTORY', fundsPartnership: true, saferProgrammeMember: false })).toBe(0);
    expect(charge({ sector: 'PRIVATE', fundsPartnership: true, saferProgrammeMember: false })).toBe(0);
    expect(charge({ sector: 'VOLUNTARY_AND_COMMUNITY', fundsPartnership: true, saferProgrammeMember: true })).toBe(0);
  });

  it('are £100 for private, independent and profit-making organisations', () => {
    expect(charge({ sector: 'PRIVATE', fundsPartnership: false, saferProgrammeMember: false })).toBe(10000);
    // An academy trust that does not fund the partnership is independent.
    expect(charge({ sector: 'EDUCATION', fundsPartnership: false, saferProgrammeMember: false })).toBe(10000);
    // Safer programme membership only matters to voluntary groups.
    expect(chargeBandOf({ sector: 'PRIVATE', fundsPartnership: false, saferProgrammeMember: true })).toBe('STANDARD');
  });

  it('are £40 for voluntary and community groups in the Safer programme and £50 for the rest', () => {
    expect(charge({ sector: 'VOLUNTARY_AND_COMMUNITY', fundsPartnership: false, saferProgrammeMember: true })).toBe(
      4000,
    );
    expect(charge({ sector: 'VOLUNTARY_AND_COMMUNITY', fundsPartnership: false, saferProgrammeMember: false })).toBe(
      5000,
    );
  });

  it('use the rate in force on the session’s date, from the day a new rate starts', () => {
    const rates: ChargeRate[] = [
      ...STARTING_CHARGE_RATES,
      { band: 'VOLUNTARY_SAFER_MEMBER', amountPence: 4500, effectiveFrom: '2027-04-01' },
      { band: 'VOLUNTARY_SAFER_MEMBER', amountPence: 4200, effectiveFrom: '2026-04-01' },
    ];
    const member = { sector: 'VOLUNTARY_AND_COMMUNITY', fundsPartnership: false, saferProgrammeMember: true } as const;
    expect(charge(member, '2026-03-31', rates)).toBe(4000);
    expect(charge(member, '2026-04-01', rates)).toBe(4200);
    expect(charge(member, '2027-03-31', rates)).toBe(4200);
    expect(charge(member, '2027-04-01', rates)).toBe(4500);
    expect(rateOn('STANDARD', '2024-12-31', rates)).toBeNull();
  });

  it('read as money or "Free"', () => {
    expect(chargeWords(0)).toBe('Free');
    expect(chargeWords(4000)).toBe('£40.00');
    expect(chargeWords(10050)).toBe('£100.50');
  });
});
