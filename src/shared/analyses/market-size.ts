import { HUNDRED, fixed2, readNonNegative, readRange, readRecord, type NumberInput } from './input';
import { Decimal } from '../money';

export type MarketSizeInput = {
  customers: NumberInput;
  revenuePerCustomer: NumberInput;
  samPct: NumberInput;
  somPct: NumberInput;
};

/**
 * TAM, SAM and SOM: tam = customers × revenue per customer; sam = tam × samPct / 100;
 * som = sam × somPct / 100. Each step is rounded to cents and carried forward, so the three
 * strings chain exactly as printed. Customers and revenue ≥ 0, shares 0–100.
 */
export function marketSize(input: MarketSizeInput): { tam: string; sam: string; som: string } {
  const record = readRecord('input', input);
  const customers = readNonNegative('customers', record.customers);
  const revenue = readNonNegative('revenuePerCustomer', record.revenuePerCustomer);
  const samPct = readRange('samPct', record.samPct, 0, 100);
  const somPct = readRange('somPct', record.somPct, 0, 100);
  const tam = fixed2(customers.times(revenue));
  const sam = fixed2(new Decimal(tam).times(samPct).div(HUNDRED));
  const som = fixed2(new Decimal(sam).times(somPct).div(HUNDRED));
  return { tam, sam, som };
}
