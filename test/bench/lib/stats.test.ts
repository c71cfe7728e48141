import { describe, expect, it } from 'vitest';
import { median, perAddedCluster, summarize } from '../../../bench/lib/stats';

describe('median', () => {
  it('takes the middle value of an odd count regardless of order', () => {
    expect(median([5, 1, 3])).toBe(3);
  });

  it('averages the two middle values of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('refuses an empty list', () => {
    expect(() => median([])).toThrow(/median of no values/);
  });
});

describe('summarize', () => {
  it('reports medians of wall, CPU (user + sys) and peak memory, and the wall spread', () => {
    const summary = summarize([
      { wallMs: 1000, userMs: 700, sysMs: 100, maxRssKb: 90_000 },
      { wallMs: 1200, userMs: 900, sysMs: 100, maxRssKb: 95_000 },
      { wallMs: 1100, userMs: 800, sysMs: 200, maxRssKb: 99_000 },
    ]);
    expect(summary).toEqual({
      runs: 3,
      wallMs: 1100,
      cpuMs: 1000,
      maxRssKb: 95_000,
      wallSpread: 200 / 1100,
    });
  });
});

describe('perAddedCluster', () => {
  it('divides the growth from the small to the large fleet by the clusters added', () => {
    expect(perAddedCluster({ clusters: 1, value: 1000 }, { clusters: 20, value: 2900 })).toBe(100);
  });

  it('refuses a large fleet that is not larger', () => {
    expect(() => perAddedCluster({ clusters: 5, value: 1 }, { clusters: 5, value: 2 })).toThrow(
      /need a larger fleet than 5, got 5/,
    );
  });
});
