import { describe, expect, it } from 'vitest';
import { deriveSwotStrategyPrompts } from './index';

describe('deriveSwotStrategyPrompts', () => {
  const swot = {
    strengths: ['SAP know-how', 'Local team'],
    weaknesses: ['Small bench'],
    opportunities: ['S/4 migration wave'],
    threats: ['Offshore prices', '  ', 'Skills shortage'],
  };

  it('pairs the lists in order, numbering items by their position', () => {
    expect(deriveSwotStrategyPrompts(swot)).toEqual({
      so: [
        { code: 'S1×O1', first: 'SAP know-how', second: 'S/4 migration wave' },
        { code: 'S2×O1', first: 'Local team', second: 'S/4 migration wave' },
      ],
      st: [
        { code: 'S1×T1', first: 'SAP know-how', second: 'Offshore prices' },
        { code: 'S1×T3', first: 'SAP know-how', second: 'Skills shortage' },
        { code: 'S2×T1', first: 'Local team', second: 'Offshore prices' },
        { code: 'S2×T3', first: 'Local team', second: 'Skills shortage' },
      ],
      wo: [{ code: 'W1×O1', first: 'Small bench', second: 'S/4 migration wave' }],
      wt: [
        { code: 'W1×T1', first: 'Small bench', second: 'Offshore prices' },
        { code: 'W1×T3', first: 'Small bench', second: 'Skills shortage' },
      ],
    });
  });

  it('gives nothing for empty lists and caps each quadrant at the limit', () => {
    expect(
      deriveSwotStrategyPrompts({ strengths: [], weaknesses: [], opportunities: [], threats: [] }),
    ).toEqual({ so: [], st: [], wo: [], wt: [] });
    const capped = deriveSwotStrategyPrompts(swot, { limit: 1 });
    expect([capped.so.length, capped.st.length, capped.wo.length, capped.wt.length]).toEqual([
      1, 1, 1, 1,
    ]);
  });

  it('names a bad list', () => {
    expect(() => deriveSwotStrategyPrompts({ ...swot, threats: undefined } as never)).toThrow(
      'threats: a list is required',
    );
    expect(() => deriveSwotStrategyPrompts({ ...swot, strengths: ['ok', 3] } as never)).toThrow(
      'strengths[1]: a text is required',
    );
  });
});
