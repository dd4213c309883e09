import { passwordProblem } from './password-policy';

describe('passwordProblem', () => {
  const person = { email: 'sam.jones@council.gov.uk', name: 'Sam Jones' };

  it('accepts a long, uncommon password', () => {
    expect(passwordProblem('kettle orbit marmalade', person)).toBeNull();
  });

  it('refuses fewer than 12 characters, saying so', () => {
    expect(passwordProblem('short pass1', person)).toBe('Your password must be at least 12 characters long');
  });

  it('counts characters, not bytes', () => {
    expect(passwordProblem('żółćżółćżółć', person)).toBeNull();
  });

  it('refuses more than 200 characters', () => {
    expect(passwordProblem('a b'.repeat(70), person)).toBe('Your password must be 200 characters or fewer');
  });

  it('accepts exactly 12 and exactly 200 characters', () => {
    expect(passwordProblem('abcdefgh1234', person)).toBeNull();
    expect(passwordProblem('ab'.repeat(100), person)).toBeNull();
  });

  it('refuses one character repeated', () => {
    expect(passwordProblem('aaaaaaaaaaaaaaa', person)).toBe('Your password must not be one character repeated');
  });

  it('refuses the email address or its local part, ignoring case', () => {
    expect(passwordProblem('Sam.Jones@Council.gov.uk', person)).toBe('Your password must not be your email address');
    expect(passwordProblem('sam.jones.abc', { email: 'sam.jones.abc@x.org' })).toBe(
      'Your password must not be your email address',
    );
  });

  it('refuses the name, ignoring case and spaces', () => {
    expect(passwordProblem('Samantha Jones-Smith', { name: 'Samantha Jones-Smith' })).toBe(
      'Your password must not be your name',
    );
    expect(passwordProblem('SAMANTHAJONESSMITH', { name: 'Samantha Jones Smith' })).toBe(
      'Your password must not be your name',
    );
  });

  it('refuses very common passwords', () => {
    expect(passwordProblem('Password1234', person)).toMatch(/too common/);
    expect(passwordProblem('qwerty 123456', person)).toMatch(/too common/);
  });

  it('works without a person', () => {
    expect(passwordProblem('a perfectly fine phrase')).toBeNull();
  });
});
