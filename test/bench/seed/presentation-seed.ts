import type { Repositories } from '../../../src/renderer/data';

export type PresentationSeedResult = {
  deckId: string;
  slides: number;
  images: number;
  /** Total bytes of the slides' images (JPEG, 1600×900). */
  imageBytes: number;
  insertMs: number;
};

/**
 * A photo-like JPEG, different for each `seed`: gradients, shapes and grain, so that it is as
 * large and as slow to decode as a real 1600×900 photo (about 150–300 KB), not a flat colour.
 */
async function photo(seed: number): Promise<Uint8Array> {
  const canvas = new OffscreenCanvas(1600, 900);
  const context = canvas.getContext('2d')!;
  const hue = (seed * 47) % 360;
  const gradient = context.createLinearGradient(0, 0, 1600, 900);
  gradient.addColorStop(0, `hsl(${hue} 60% 35%)`);
  gradient.addColorStop(1, `hsl(${(hue + 120) % 360} 55% 65%)`);
  context.fillStyle = gradient;
  context.fillRect(0, 0, 1600, 900);
  let random = seed * 9301 + 49297;
  const next = () => (random = (random * 9301 + 49297) % 233280) / 233280;
  for (let i = 0; i < 120; i++) {
    context.fillStyle = `hsl(${(hue + next() * 90) % 360} ${40 + next() * 40}% ${30 + next() * 50}% / 0.5)`;
    context.beginPath();
    context.arc(next() * 1600, next() * 900, 10 + next() * 140, 0, Math.PI * 2);
    context.fill();
  }
  const grain = context.getImageData(0, 0, 1600, 900);
  for (let i = 0; i < grain.data.length; i += 4) {
    const noise = (next() - 0.5) * 24;
    grain.data[i] = grain.data[i]! + noise;
    grain.data[i + 1] = grain.data[i + 1]! + noise;
    grain.data[i + 2] = grain.data[i + 2]! + noise;
  }
  context.putImageData(grain, 0, 0);
  context.fillStyle = '#ffffff';
  context.font = 'bold 96px sans-serif';
  context.fillText(`Bild ${seed}`, 80, 820);
  const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.85 });
  return new Uint8Array(await blob.arrayBuffer());
}

/**
 * A 50-slide fair deck through the real repositories: a title slide, then text slides with an
 * image beside the text and full-screen image slides by turns, every image its own JPEG.
 */
export async function seedPresentation(
  repos: Repositories,
  slideCount = 50,
): Promise<PresentationSeedResult> {
  const started = performance.now();
  const deck = await repos.decks.createDeck({ title: 'Bench: Messe-Präsentation' });
  const title = await repos.slides.add(deck.id, 'title');
  await repos.slides.update(title.id, {
    title: 'Bench-Messe 2027',
    subtitle: 'Halle 7, Stand 7-412',
  });
  let images = 0;
  let imageBytes = 0;
  for (let i = 1; i < slideCount; i++) {
    const kind = i % 2 === 1 ? 'text' : 'media';
    const slide = await repos.slides.add(deck.id, kind);
    await repos.slides.update(slide.id, {
      title: `Folie ${i + 1}: ${kind === 'text' ? 'Leistung' : 'Eindruck'} ${i}`,
      body:
        kind === 'text'
          ? '- Betrieb rund um die Uhr\n- Beratung vor Ort\n- **Notfallhilfe** in vier Stunden'
          : '',
      notes: `Notiz zu Folie ${i + 1}`,
    });
    const data = await photo(i);
    await repos.slides.setMedia(slide.id, { name: `bild-${i}.jpg`, mimeType: 'image/jpeg', data });
    images += 1;
    imageBytes += data.byteLength;
  }
  return {
    deckId: deck.id,
    slides: slideCount,
    images,
    imageBytes,
    insertMs: performance.now() - started,
  };
}
