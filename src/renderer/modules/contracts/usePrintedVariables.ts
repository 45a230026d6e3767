import { useMemo } from 'react';
import { formatSlaResponseTable } from '#shared/contracts';
import type { ContractLanguage } from '#shared/contracts';
import type { Contract, ContractRevision } from '#shared/domain/contracts';
import { useOffer } from '#data';
import { printVariables, slaRows } from './export/print-variables';

/**
 * The revision's variables as the document prints them (amounts in the offer's currency, dates in the
 * contract's language, term end and last notice day worked out, the SLA table as its list), so the
 * preview and the check show what the Word file and the PDF will.
 */
export function usePrintedVariables(
  contract: Contract,
  revision: ContractRevision,
): Record<string, string> {
  const offer = useOffer(contract.offerId || undefined);
  const currency = offer?.currency ?? 'EUR';
  const language = contract.language as ContractLanguage;
  return useMemo(() => {
    const printed = printVariables(revision.variables, { language, currency });
    if (revision.slaTable.length > 0) {
      try {
        printed['sla.responseTable'] = formatSlaResponseTable(slaRows(revision), language);
      } catch {
        // An invalid table stays as the variable's text; the SLA tab shows what is wrong.
      }
    }
    return printed;
  }, [revision, language, currency]);
}
