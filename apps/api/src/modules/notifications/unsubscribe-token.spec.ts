import { personOfUnsubscribeToken, unsubscribeToken } from './unsubscribe-token';

const PERSON = '0f8fad5b-d9cb-469f-a165-70867728950e';

describe('unsubscribe tokens', () => {
  it('name the person they were made for', () => {
    expect(personOfUnsubscribeToken('secret', unsubscribeToken('secret', PERSON))).toBe(PERSON);
  });

  it('are refused when made with another secret, for another person, or cut short', () => {
    const token = unsubscribeToken('secret', PERSON);
    expect(personOfUnsubscribeToken('other', token)).toBeNull();
    expect(
      personOfUnsubscribeToken('secret', token.replace(PERSON, '7c9e6679-7425-40de-944b-e07fc1f90ae7')),
    ).toBeNull();
    expect(personOfUnsubscribeToken('secret', token.slice(0, -3))).toBeNull();
    expect(personOfUnsubscribeToken('secret', 'nonsense')).toBeNull();
  });
});
