import { Packer } from 'docx';
import type { Document } from 'docx';

/** Packs a docx Document into bytes; toArrayBuffer works alike in Node, workers and pages. */
export async function packDocument(document: Document): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
