/** Bad input to a contracts function; `field` names the argument that is wrong. */
export class ContractInputError extends Error {
  readonly field: string;
  constructor(field: string, message: string) {
    super(`${field}: ${message}`);
    this.name = 'ContractInputError';
    this.field = field;
  }
}
