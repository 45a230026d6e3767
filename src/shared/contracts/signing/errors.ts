import { ContractInputError } from '../errors';

/**
 * Why a signing input was refused; the UI shows a message per reason at `field`
 * (e.g. `signatures[1].name` with reason 'required').
 */
export type SigningErrorReason =
  'required' | 'empty' | 'invalid' | 'date' | 'dateTime' | 'png' | 'mismatch' | 'pdf';

/** Bad signing input: `field` names the argument (as in ContractInputError), `reason` says why. */
export class SigningInputError extends ContractInputError {
  readonly reason: SigningErrorReason;
  constructor(field: string, reason: SigningErrorReason, message: string) {
    super(field, message);
    this.name = 'SigningInputError';
    this.reason = reason;
  }
}
