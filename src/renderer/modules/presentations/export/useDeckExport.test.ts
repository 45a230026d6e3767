// @vitest-environment jsdom
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DeckExportInput } from '#shared/documents/presentations/deck-input';
import { checkDeckExportInput } from '#shared/documents/presentations/deck-input';
import { openTestWorkspace } from '#test/test-workspace';
import { WorkspaceProvider } from '#data';
import type { Workspace } from '#data';
import { makeDeckInput } from '../../../../../test/factories/presentations';
import type { DeckExport } from './useDeckExport';

let answer = true;
const saveFile = vi.fn(
  async (_request: { suggestedName: string; data: Uint8Array; filters?: unknown }) => ({
    saved: answer,
  }),
);
vi.mock('../../../platform', () => ({ platform: { saveFile } }));
const notify = vi.hoisted(() => ({ show: vi.fn(), update: vi.fn(), hide: vi.fn() }));
vi.mock('@mantine/notifications', () => ({ notifications: notify }));
vi.mock('react-i18next', () => ({ useTranslation: () => ({ t: (key: string) => key }) }));
// The worker's build, here in-process: the same check refuses what the worker would refuse.
const built: { kind: string; withNotes: boolean; input: DeckExportInput }[] = [];
vi.mock('../../../workers/presentation-export.client', () => ({
  buildDeckFile: async (
    kind: 'pdf' | 'pptx',
    input: DeckExportInput,
    options: { withNotes?: boolean } = {},
  ) => {
    checkDeckExportInput(input);
    built.push({ kind, withNotes: options.withNotes ?? false, input });
    return new TextEncoder().encode(`${kind}:${input.deck.deck.title}`);
  },
  buildLeadsWorkbookFile: async () => new Uint8Array(),
}));

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let ws: ReturnType<typeof openTestWorkspace>;
let root: Root;
beforeEach(() => {
  ws = openTestWorkspace();
  root = createRoot(document.createElement('div'));
  saveFile.mockClear();
  notify.update.mockClear();
  built.length = 0;
  answer = true;
});
afterEach(() => {
  act(() => root.unmount());
});

async function renderExport(deckId: string): Promise<() => DeckExport> {
  const { useDeckExport } = await import('./useDeckExport');
  const seen: { value?: DeckExport } = {};
  function Probe() {
    seen.value = useDeckExport(deckId);
    return null;
  }
  const workspace = { db: ws.db, repos: ws.repos } as unknown as Workspace;
  await act(async () => {
    root.render(
      createElement(WorkspaceProvider, { value: workspace, children: createElement(Probe) }),
    );
  });
  return () => seen.value!;
}

async function deckWithSlide(title: string) {
  const deck = await ws.repos.decks.createDeck(makeDeckInput({ title }));
  const slide = await ws.repos.slides.add(deck.id, 'title');
  await ws.repos.slides.update(slide.id, { title: 'Willkommen', notes: 'intern' });
  return deck;
}

describe('useDeckExport', () => {
  it('saves the PDF as "<deck title>.pdf" through the save dialog', async () => {
    const deck = await deckWithSlide('it-sa: Portfolio 2027');
    const exporter = await renderExport(deck.id);
    let result = false;
    await act(async () => {
      result = await exporter().exportFile('pdf');
    });
    expect(result).toBe(true);
    expect(saveFile).toHaveBeenCalledTimes(1);
    const request = saveFile.mock.calls[0]![0];
    expect(request.suggestedName).toBe('it-sa Portfolio 2027.pdf');
    expect(request.filters).toEqual([{ name: 'PDF', extensions: ['pdf'] }]);
    expect(new TextDecoder().decode(request.data)).toBe('pdf:it-sa: Portfolio 2027');
    expect(built[0]!.input.deck.slides[0]!.title).toBe('Willkommen');
    expect(exporter().busy).toBe(false);
  });

  it('asks for the notes in the PowerPoint only when told, and reports a cancelled dialog', async () => {
    const deck = await deckWithSlide('Messe');
    const exporter = await renderExport(deck.id);
    answer = false;
    let result = true;
    await act(async () => {
      result = await exporter().exportFile('pptx');
    });
    expect(result).toBe(false);
    await act(async () => {
      await exporter().exportFile('pptx', { withNotes: true });
    });
    expect(built.map((one) => [one.kind, one.withNotes])).toEqual([
      ['pptx', false],
      ['pptx', true],
    ]);
    expect(saveFile.mock.calls[0]![0].suggestedName).toBe('Messe.pptx');
  });

  it('says plainly that a deck without slides cannot be exported, and saves nothing', async () => {
    const deck = await ws.repos.decks.createDeck(makeDeckInput({ title: 'Leer' }));
    const exporter = await renderExport(deck.id);
    let result = true;
    await act(async () => {
      result = await exporter().exportFile('pdf');
    });
    expect(result).toBe(false);
    expect(saveFile).not.toHaveBeenCalled();
    expect(notify.update).toHaveBeenCalledWith(
      expect.objectContaining({ color: 'red', message: 'presentationExport.empty' }),
    );
  });
});
