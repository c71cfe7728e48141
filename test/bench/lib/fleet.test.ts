import { describe, expect, it } from 'vitest';
import { stageNames } from '../../../bench/lib/fleet';

describe('stageNames', () => {
  it('uses the default config stage for a single cluster', () => {
    expect(stageNames(1)).toEqual(['dev']);
  });

  it('numbers larger fleets with two digits', () => {
    expect(stageNames(20)).toHaveLength(20);
    expect(stageNames(20).slice(0, 2)).toEqual(['s01', 's02']);
    expect(stageNames(20)[19]).toBe('s20');
  });

  it('refuses a fleet that is not a positive whole number', () => {
    expect(() => stageNames(0)).toThrow(/positive integer, got 0/);
  });
});
