import { describe, expect, it } from 'vitest';
import { atPrecision, firstDay, impliedPrecision, lastDay } from '../../../src/graph/calendar.ts';

describe('dates known to a precision', () => {
  it('covers the whole month or year they name', () => {
    expect(firstDay('2023')).toBe('2023-01-01');
    expect(lastDay('2023')).toBe('2023-12-31');
    expect(lastDay('2024-02')).toBe('2024-02-29');
    expect(lastDay('2023-02-01', 'MONTH')).toBe('2023-02-28');
    expect(lastDay('2023-05-17')).toBe('2023-05-17');
  });

  it('writes and reads the precision in the date itself', () => {
    expect(atPrecision('2024-01-18', 'MONTH')).toBe('2024-01');
    expect(impliedPrecision('2024')).toBe('YEAR');
    expect(impliedPrecision('2024-01-18')).toBe('DAY');
    expect(() => firstDay('18.01.2024')).toThrow();
  });
});
