import { describe, expect, it } from 'vitest';
import { formatMoment, isVerlopen, leesDatum, termijnInWoorden } from './datum';

// Wednesday 2 December 2026, 10:00 in Amsterdam (winter time, UTC+1).
const NU = Date.parse('2026-12-02T09:00:00Z');

describe('termijnInWoorden', () => {
  it.each([
    // today, still to come
    ['2026-12-02T09:20:00Z', 'nog 20 minuten'],
    ['2026-12-02T09:00:30Z', 'nog 1 minuut'],
    ['2026-12-02T12:59:00Z', 'nog 3 uur'],
    ['2026-12-02T22:30:00Z', 'nog 13 uur'],
    // tomorrow in Amsterdam, although the UTC date of 23:30 is still today
    ['2026-12-02T23:30:00Z', 'morgen om 00:30'],
    ['2026-12-03T13:00:00Z', 'morgen om 14:00'],
    // days ahead
    ['2026-12-04T08:00:00Z', 'over 2 dagen'],
    ['2026-12-09T16:00:00Z', 'over 7 dagen'],
    // overdue: minutes, hours, days
    ['2026-12-02T08:59:30Z', '1 minuut te laat'],
    ['2026-12-02T08:15:00Z', '45 minuten te laat'],
    ['2026-12-02T06:00:00Z', '3 uur te laat'],
    ['2026-12-01T09:30:00Z', '23 uur te laat'],
    ['2026-12-01T09:00:00Z', '1 dag te laat'],
    ['2026-11-30T08:00:00Z', '2 dagen te laat'],
  ])('%s reads as "%s"', (uiterlijk, woorden) => {
    expect(termijnInWoorden(uiterlijk, NU)).toBe(woorden);
  });

  it.each([
    // Friday 4 December → Tuesday 8 December: two working days left, four calendar days
    ['2026-12-08T09:00:00Z', 'nog 2 werkdagen'],
    ['2026-12-07T09:00:00Z', 'nog 1 werkdag'],
    // Christmas and Boxing Day fall between
    ['2026-12-28T09:00:00Z', 'nog 15 werkdagen'],
    // today, tomorrow and late read as always
    ['2026-12-04T15:00:00Z', 'nog 6 uur'],
    ['2026-12-05T09:00:00Z', 'morgen om 10:00'],
    ['2026-12-02T09:00:00Z', '2 dagen te laat'],
  ])('a deadline in werkdagen, %s, reads as "%s"', (uiterlijk, woorden) => {
    expect(termijnInWoorden(uiterlijk, Date.parse('2026-12-04T09:00:00Z'), true)).toBe(woorden);
  });

  it('counts calendar days in Amsterdam across the end of summer time', () => {
    // Saturday 24 October 2026 22:00 summer time; the clocks go back that night.
    const zaterdag = Date.parse('2026-10-24T20:00:00Z');
    expect(termijnInWoorden('2026-10-25T13:00:00Z', zaterdag)).toBe('morgen om 14:00');
    expect(termijnInWoorden('2026-10-24T21:30:00Z', zaterdag)).toBe('nog 1 uur');
  });

  it('accepts the offsets the API writes', () => {
    expect(termijnInWoorden('2026-12-03T14:00:00+01:00', NU)).toBe('morgen om 14:00');
  });
});

describe('isVerlopen and formatMoment', () => {
  it('says a deadline passed only once its moment is behind us', () => {
    expect(isVerlopen('2026-12-02T08:59:59Z', NU)).toBe(true);
    expect(isVerlopen('2026-12-02T09:00:00Z', NU)).toBe(false);
  });

  it('shows the exact Dutch local time', () => {
    expect(formatMoment('2026-12-03T13:00:00Z')).toBe('3 dec 2026, 14:00');
  });
});

describe('leesDatum', () => {
  it.each([
    ['11-02-1958', '1958-02-11'],
    ['1-2-1958', '1958-02-01'],
    ['11/02/1958', '1958-02-11'],
    [' 11.02.1958 ', '1958-02-11'],
    ['1958-02-11', '1958-02-11'],
    ['29-02-2024', '2024-02-29'],
  ])('reads %s day first as %s', (tekst, iso) => {
    expect(leesDatum(tekst)).toBe(iso);
  });

  it.each(['', '31-02-1958', '29-02-2023', '11-13-1958', '1958-2-11', '11021958', '02/11/58', 'morgen'])(
    'refuses %j',
    (tekst) => {
      expect(leesDatum(tekst)).toBeUndefined();
    },
  );
});
