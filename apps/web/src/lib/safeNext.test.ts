import { describe, expect, it } from 'vitest';
import { safeNext } from './safeNext';

describe('safeNext', () => {
  it('keeps relative paths on this site', () => {
    expect(safeNext('/admin/people?search=a')).toBe('/admin/people?search=a');
  });

  it('refuses other sites and odd values', () => {
    expect(safeNext('https://evil.example')).toBe('/');
    expect(safeNext('//evil.example')).toBe('/');
    expect(safeNext('/\\evil.example')).toBe('/');
    expect(safeNext('javascript:alert(1)')).toBe('/');
    expect(safeNext(null)).toBe('/');
  });

  it('refuses paths with control characters', () => {
    expect(safeNext('/admin\n/people')).toBe('/');
    expect(safeNext('/\tevil.example')).toBe('/');
    expect(safeNext('/a\u0000b')).toBe('/');
    expect(safeNext('/a\u001fb')).toBe('/');
    expect(safeNext('/caf\u00e9 ok')).toBe('/caf\u00e9 ok');
  });
});
