// The contract's export (issue 13): Word and PDF built in the document worker, signing there with the
// bundled fonts, and the redline between two revisions.
export {
  contractDocumentInput,
  contractPdfBytes,
  exportRedline,
  resolvedRevisionClauses,
  signContract,
} from './contract-export';
export { useContractExport } from './useContractExport';
export type { ContractExport, ContractExportKind } from './useContractExport';
export { contractExportMessages } from './messages';
