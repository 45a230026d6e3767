import { describe, expect, it } from 'vitest';
import { canonicalOfferContent, offerContentHash, sha256Hex } from './content-hash';
import { makeLine, makeOffer, makeSection } from '#test/offer-fixtures';

const content = () => ({
  offer: makeOffer(),
  sections: [
    makeSection({ id: 's2', title: 'Services', position: 'a1' }),
    makeSection({ id: 's1', title: 'Hardware', position: 'a0' }),
  ],
  lines: [
    makeLine({ id: 'l3', sectionId: 's2', position: 'a0', name: 'Setup', unit: 'person-day' }),
    makeLine({ id: 'l2', sectionId: 's1', position: 'a1', name: 'Switch' }),
    makeLine({ id: 'l1', sectionId: 's1', position: 'a0', name: 'Server' }),
    makeLine({
      id: 'l4',
      sectionId: 's1',
      position: 'a2',
      name: 'Bigger switch',
      kind: 'alternative',
      replacesOriginId: 'origin-l2',
    }),
  ],
});

/** The same content under new ids, new meta and keys in another order, as a duplicate has. */
const copied = () => {
  const original = content();
  const ids = (id: string) => `copy-${id}`;
  return {
    offer: makeOffer({
      ...original.offer,
      id: 'offer-2',
      number: 'A-2026-MM-0002',
      revision: 2,
      status: 'sent',
      contentHash: 'x',
      customerView: true,
      clientId: 'client-2',
      updatedAt: '2027-01-01T00:00:00.000Z',
    }),
    sections: original.sections.map((section) => ({ ...section, id: ids(section.id) })).reverse(),
    lines: original.lines.map((line) => {
      const { name, ...rest } = line;
      return {
        ...rest,
        name,
        id: ids(line.id),
        sectionId: ids(line.sectionId),
        originId: ids(line.originId),
        replacesOriginId: line.replacesOriginId === '' ? '' : ids(line.replacesOriginId),
        offerId: 'offer-2',
      };
    }),
  };
};

describe('canonicalOfferContent', () => {
  it('lists content only, sections and lines by position', () => {
    const parsed = JSON.parse(canonicalOfferContent(content())) as {
      offer: Record<string, unknown>;
      sections: { title: string; lines: { name: string; replaces: unknown }[] }[];
    };
    expect(Object.keys(parsed.offer)).toEqual([
      'cashDiscountDays',
      'cashDiscountPct',
      'currency',
      'date',
      'discountPct',
      'exchangeRate',
      'language',
      'notes',
      'paymentTermsDays',
      'reverseCharge',
      'termMonths',
      'title',
      'validUntil',
    ]);
    expect(parsed.sections.map((s) => [s.title, s.lines.map((l) => [l.name, l.replaces])])).toEqual(
      [
        [
          'Hardware',
          [
            ['Server', null],
            ['Switch', null],
            ['Bigger switch', [0, 1]],
          ],
        ],
        ['Services', [['Setup', null]]],
      ],
    );
  });

  it('ignores ids, meta, key order, row order, customer view and deleted rows', () => {
    const withDeleted = copied();
    withDeleted.lines.push(makeLine({ id: 'dead', sectionId: 'copy-s1', deleted: true }));
    withDeleted.sections.push(makeSection({ id: 'gone', deleted: true }));
    expect(canonicalOfferContent(withDeleted)).toBe(canonicalOfferContent(content()));
  });

  it('changes with any content change', () => {
    const base = canonicalOfferContent(content());
    const variants = [
      (c: ReturnType<typeof content>) => (c.offer.discountPct = '5'),
      (c: ReturnType<typeof content>) => (c.offer.termMonths = 12),
      (c: ReturnType<typeof content>) => ((c.lines[0] as { quantity: string }).quantity = '2'),
      (c: ReturnType<typeof content>) => ((c.sections[0] as { title: string }).title = 'Dienste'),
      (c: ReturnType<typeof content>) => ((c.lines[1] as { position: string }).position = 'Z'),
      (c: ReturnType<typeof content>) =>
        ((c.lines[0] as { estimate: unknown }).estimate = {
          optimistic: '1',
          mostLikely: '2',
          pessimistic: '3',
          riskPct: '0',
        }),
      (c: ReturnType<typeof content>) =>
        ((c.lines[3] as { replacesOriginId: string }).replacesOriginId = 'origin-l1'),
    ];
    const texts = variants.map((change) => {
      const changed = content();
      change(changed);
      return canonicalOfferContent(changed);
    });
    expect(new Set([base, ...texts]).size).toBe(variants.length + 1);
  });

  it('refuses a line outside the offer’s sections', () => {
    const broken = content();
    broken.lines.push(makeLine({ id: 'stray', name: 'Stray', sectionId: 'nowhere' }));
    expect(() => canonicalOfferContent(broken)).toThrow('line "Stray" belongs to no section');
  });
});

describe('sha256Hex', () => {
  it('matches the FIPS 180-2 test vectors', async () => {
    expect([await sha256Hex('abc'), await sha256Hex('')]).toEqual([
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    ]);
  });

  it('hashes UTF-8', async () => {
    // echo -n 'Ä' | sha256sum
    expect(await sha256Hex('Ä')).toBe(
      '2fe5ca1c1a3d50bd92f1d3cf6da34ceddabe02022b2a0183ab0b805ada6f787a',
    );
  });

  it('gives equal hashes for a copy and different ones for a change', async () => {
    const changed = content();
    changed.offer.title = 'Anderes Angebot';
    const [one, two, three] = await Promise.all([
      offerContentHash(content()),
      offerContentHash(copied()),
      offerContentHash(changed),
    ]);
    expect([one === two, one === three, one]).toEqual([
      true,
      false,
      expect.stringMatching(/^[0-9a-f]{64}$/),
    ]);
  });
});
