// @vitest-environment jsdom
import { MantineProvider } from '@mantine/core';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { OfferLine } from '#shared/domain';
import { makeLine } from '#test/offer-fixtures';
import { initAppI18n } from '#test/i18n';
import { installDomStubs } from '#test/dom-stubs';
import { theme } from '../../app/theme';
import { LineRow } from './LineRow';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let i18n: Awaited<ReturnType<typeof initAppI18n>>;
let root: Root | undefined;
let container: HTMLElement;

beforeAll(async () => {
  installDomStubs();
  i18n = await initAppI18n('de');
});

afterEach(async () => {
  await act(async () => root?.unmount());
  container.remove();
});

async function renderRow(line: OfferLine) {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () =>
    root?.render(
      <I18nextProvider i18n={i18n}>
        <MantineProvider theme={theme}>
          <LineRow
            line={line}
            pos="1.1"
            replacesLabel={null}
            index={0}
            editable
            internal
            currency="EUR"
            onSave={() => undefined}
            onCommand={() => undefined}
          />
        </MantineProvider>
      </I18nextProvider>,
    ),
  );
}

const input = (col: string) =>
  container.querySelector<HTMLInputElement>(`input[data-col="${col}"]`);

describe('LineRow', () => {
  it('keeps a line from the project plan read-only but its discount, and says where it comes from', async () => {
    await renderRow({
      ...makeLine({ name: '1.1 Konzeption', unit: 'person-day', quantity: '5.00' }),
      planPackageId: 'pkg-1',
    });
    expect(container.querySelector('[data-testid="line-from-plan"]')?.textContent).toBe(
      'Aus dem Projektplan',
    );
    expect(input('name')?.readOnly).toBe(true);
    expect(input('quantity')?.readOnly).toBe(true);
    expect(input('unitPrice')?.readOnly).toBe(true);
    expect(input('discountPct')?.readOnly).toBe(false);
    expect(container.querySelector('.q-line')?.getAttribute('draggable')).toBe('false');
  });

  it('leaves an ordinary line editable', async () => {
    await renderRow(makeLine({ name: 'Beratung', unit: 'person-day', quantity: '5.00' }));
    expect(container.querySelector('[data-testid="line-from-plan"]')).toBeNull();
    expect(input('name')?.readOnly).toBe(false);
    expect(input('quantity')?.readOnly).toBe(false);
    expect(container.querySelector('.q-line')?.getAttribute('draggable')).toBe('true');
  });
});
