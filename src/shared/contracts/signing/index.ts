// Signing a contract on site (issue 13): pure, runs in the renderer, a worker and Node.
export { signContractPdf, verifySignedPdf, MAX_SIGNATURES } from './sign';
export {
  checkSignature,
  checkSignaturePng,
  checkSigningMeta,
  MIN_INK_PIXELS,
  MIN_STROKE_POINTS,
} from './validate';
export { SigningInputError } from './errors';
export type { SigningErrorReason } from './errors';
export { SIGNING_TEXTS, SIMPLE_SIGNATURE_STATEMENT } from './texts';
export type {
  SignatureInput,
  SignContractPdfArgs,
  SignedPdf,
  SignerRole,
  SigningFonts,
  SigningLanguage,
  SigningMeta,
  VerifyResult,
} from './types';
