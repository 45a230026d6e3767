// An alternative names the line it replaces; one that names none (or a line not in the document)
// is marked "Alternative" alone, never "Alternative zu Pos. – ()".
import { describe, expect, it } from 'vitest';
import { makeDocumentData, makeLine } from '../../../test/fixtures/documents/document-data';
import { loadWorkbook } from '../../../test/fixtures/documents/read-workbook';
import type { Language } from '../domain';
import { buildProposalDocument } from './proposal-document';
import { paragraphs, readDocx } from '#test/read-docx';
import { buildQuoteWorkbook } from './quote-workbook';
import type { DocumentData } from './types';

function alternativesData(language: Language): DocumentData {
  const base = makeLine({ id: 'base', name: 'Switch 48 Port' });
  return makeDocumentData({
    language,
    sections: [
      {
        title: 'Hardware',
        lines: [
          base,
          makeLine({ name: 'Switch 24 Port', kind: 'alternative', replaces: 'base' }),
          makeLine({ name: 'Switch 16 Port', kind: 'alternative', replaces: '' }),
          makeLine({ name: 'Switch 8 Port', kind: 'alternative', replaces: 'gone' }),
        ],
      },
    ],
  });
}

const expected = {
  de: {
    word: ['Alternative zu Pos. 1.1 (Switch 48 Port)', 'Alternative', 'Alternative'],
    excel: [
      'Alternative zu Pos. 1.1: Switch 24 Port',
      'Alternative: Switch 16 Port',
      'Alternative: Switch 8 Port',
    ],
  },
  en: {
    word: ['Alternative to item 1.1 (Switch 48 Port)', 'Alternative', 'Alternative'],
    excel: [
      'Alternative to pos. 1.1: Switch 24 Port',
      'Alternative: Switch 16 Port',
      'Alternative: Switch 8 Port',
    ],
  },
};

describe.each(['de', 'en'] as const)('alternative lines (%s)', (language) => {
  it('the Word proposal notes what each alternative replaces, or "Alternative"', async () => {
    const docx = await buildProposalDocument(alternativesData(language), { chartPng: null });
    const texts = paragraphs((await readDocx(docx)).document);
    const notes = texts
      .filter((text) => text.startsWith('Alternative'))
      .map((text) => text.split(' · ')[0]);
    expect(notes).toEqual(expected[language].word);
    expect(texts.join('\n')).not.toMatch(/–|\(\)/);
  });

  it('the Excel quote titles each alternative with what it replaces, or "Alternative"', async () => {
    const workbook = await loadWorkbook(await buildQuoteWorkbook(alternativesData(language)));
    const titles: string[] = [];
    workbook.worksheets[0]?.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.text.startsWith('Alternative')) titles.push(cell.text.split('\n')[0] ?? '');
      }),
    );
    expect(titles).toEqual(expected[language].excel);
  });
});
