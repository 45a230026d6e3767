import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Offer } from '#shared/domain';
import type { Finding } from '#shared/offers/preflight';
import { useRepos } from '#data';
import { useCustomerModeStore } from '../../stores/customer-mode.store';
import { customerSafeFindings } from './customer-safe';
import { ExportProblem } from './offer-export';
import { localToday } from './offer-defaults';
import { runSendCheck } from './send-check';
import type { SendCheckPurpose } from './SendCheckModal';
import { notifyError } from '../../components/notify-error';

export type PendingCheck = {
  purpose: SendCheckPurpose;
  findings: Finding[];
  proceed: () => void;
};

/**
 * The check before sending and before each export: `guard` runs it and goes on at once when it
 * finds nothing; otherwise `pending` holds the findings for the modal until the user fixes,
 * proceeds (warnings only) or closes.
 */
export function useSendCheck(offer: Offer) {
  const { t } = useTranslation();
  const repos = useRepos();
  const [pending, setPending] = useState<PendingCheck | null>(null);
  const [checking, setChecking] = useState(false);

  const findingsNow = useCallback(async () => {
    const { findings } = await runSendCheck({ repos, offer, internal: false, today: localToday() });
    // In the customer mode the check does not speak of purchase prices and margins.
    return useCustomerModeStore.getState().on ? customerSafeFindings(findings) : findings;
  }, [repos, offer]);

  const guard = useCallback(
    async (purpose: SendCheckPurpose, proceed: () => void, anyway: () => void) => {
      setChecking(true);
      try {
        const findings = await findingsNow();
        if (findings.length === 0) proceed();
        else setPending({ purpose, findings, proceed: anyway });
      } catch (error) {
        notifyError(error, t, {
          explain: (e) => (e instanceof ExportProblem ? t(e.key) : undefined),
        });
      } finally {
        setChecking(false);
      }
    },
    [findingsNow, t],
  );

  /** Runs the check again after a fix made from the modal (e.g. lines marked as credit). */
  const recheck = useCallback(async () => {
    const findings = await findingsNow();
    setPending((current) => current && { ...current, findings });
  }, [findingsNow]);

  return {
    pending,
    checking,
    /** Runs the check, then `proceed` when it finds nothing; `anyway` is "send/export anyway". */
    guard: (purpose: SendCheckPurpose, proceed: () => void, anyway: () => void = proceed) =>
      void guard(purpose, proceed, anyway),
    recheck: () => void recheck(),
    close: () => setPending(null),
    proceed: () => {
      const current = pending;
      setPending(null);
      current?.proceed();
    },
  };
}
