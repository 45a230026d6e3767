import { useEffect, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { platform } from '../../../platform';
import { kioskRedirect } from './kiosk-store';
import { KioskUnlockDialog } from './KioskUnlockDialog';
import { useKiosk } from './useKiosk';

/**
 * The shell's guard (router root): while the kiosk lock is on, every path other than the
 * deck's presenter and audience view goes back to the presenter, and asks for the PIN (the
 * right one then goes on to where the user wanted). The desktop's kiosk mode is switched on
 * again after a reload or a restart, which the lock survives.
 */
export function KioskGate({ children }: { children: ReactNode }) {
  const { locked, deckId, requestUnlock } = useKiosk();
  const { pathname, search } = useLocation();
  const redirect = locked && deckId ? kioskRedirect(pathname, deckId) : null;
  const audience = pathname.startsWith('/audience/');

  useEffect(() => {
    if (redirect && !audience) requestUnlock(`${pathname}${search}`);
  }, [redirect, audience, pathname, search, requestUnlock]);

  useEffect(() => {
    if (!locked || audience) return;
    platform.presentation
      .setKiosk(true)
      .catch((error: unknown) => console.warn('Could not switch the kiosk mode on', error));
  }, [locked, audience]);

  if (redirect) return <Navigate to={redirect} replace />;
  return (
    <>
      {children}
      {/* Mounted while unlocked too: its last answer (unlocked, go on) must not lose its router. */}
      {!audience && <KioskUnlockDialog />}
    </>
  );
}
