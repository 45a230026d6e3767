import { describe, expect, it } from 'vitest';
import { focusSelector } from './editor-focus';

describe('focusSelector', () => {
  it('names a line cell, the created line, the section picker and a new section title', () => {
    expect([
      focusSelector({ kind: 'cell', lineId: 'l1', column: 'quantity' }),
      focusSelector({ kind: 'cell', lineId: 'created', column: 'name' }, 'new-line'),
      focusSelector({ kind: 'add-line-controls', sectionId: 's1' }),
      focusSelector({ kind: 'section-title', sectionId: 'created' }, 'new-section'),
    ]).toEqual([
      '[data-line-id="l1"] [data-col="quantity"]',
      '[data-line-id="new-line"] [data-col="name"]',
      '[data-section-id="s1"] [data-testid="add-line-controls"] input',
      '[data-section-id="new-section"] input',
    ]);
  });

  it('names nothing when the step created no row', () => {
    expect([
      focusSelector({ kind: 'cell', lineId: 'created', column: 'name' }),
      focusSelector({ kind: 'section-title', sectionId: 'created' }),
    ]).toEqual([undefined, undefined]);
  });
});
