import { describe, expect, it } from 'vitest';
import { geldtVanaf } from './regelversie';

describe('geldtVanaf', () => {
  it.each([
    ['2025.1.0', '2025.1.0', true],
    ['2025.1.1', '2025.1.0', true],
    ['2026.1.0', '2025.9.0', true],
    ['2025.10.0', '2025.9.0', true],
    ['2025.1.0', '2025.1.1', false],
    ['2025.9.0', '2025.10.0', false],
    ['2025.1.0', '2026.1.0', false],
  ])('a process on %s runs a rule published in %s: %s', (proces, vanaf, geldt) => {
    expect(geldtVanaf(proces, vanaf)).toBe(geldt);
  });
});
