import { z } from 'zod';
import { requiredText, type RowMeta } from './common';

export const documentKinds = ['xlsx', 'docx', 'pdf', 'bundle'] as const;
export type DocumentKind = (typeof documentKinds)[number];

/** A generated file archived on an offer; the bytes live in the blob store under `sha256`. */
export const documentInputSchema = z.object({
  offerId: z.string().min(1).max(64),
  revision: z.number().int().min(1),
  kind: z.enum(documentKinds),
  name: requiredText(255),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  size: z.number().int().min(0),
  /** The internal version (cost and margin); never sent to the customer. */
  internal: z.boolean(),
  mimeType: z.string().trim().min(1).max(200),
});
export type DocumentInput = z.infer<typeof documentInputSchema>;
/** Named ArchivedDocument: `Document` is the DOM's. */
export type ArchivedDocument = DocumentInput & RowMeta;
