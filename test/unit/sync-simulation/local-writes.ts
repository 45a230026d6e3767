import { makeClientInput, makeOfferInput, makeOfferLineInput } from '../../factories/domain';
import type { SyncedRow } from '../../../src/renderer/data/core/database';
import {
  OfferChangedError,
  OfferLockedError,
  RowNotFoundError,
  SectionDeletedError,
  ValidationError,
} from '../../../src/renderer/data/core/errors';
import type { Repositories } from '../../../src/renderer/data/repositories';
import type { Action, EditedTable, FieldEdit } from './actions';
import type { Device } from './devices';

/**
 * The simulation's local writes: each action goes through the device's real repositories,
 * on rows picked from what the device holds at that moment.
 */

/** Errors a repository throws for a write the domain refuses; the action is then a no-op. */
const REFUSALS = [
  ValidationError,
  RowNotFoundError,
  OfferLockedError,
  SectionDeletedError,
  OfferChangedError,
];

/** True for an error by which the domain refuses a write (nothing was written). */
export const isRefusal = (error: unknown): boolean =>
  REFUSALS.some((refusal) => error instanceof refusal);

/** A row's newest field stamp. */
const newestStamp = (row: { fieldClocks: Record<string, string> }): string =>
  Object.values(row.fieldClocks).reduce((a, b) => (a > b ? a : b), '');

/**
 * The n-th row (modulo; deleted ones included) of a table on a device, newest stamp first
 * (then by id): small picks edit what just changed, often another device's row, as people do.
 */
export async function pickRow<T extends EditedTable>(
  device: Device,
  table: T,
  n: number,
): Promise<SyncedRow[T] | undefined> {
  const rows = (await device.session.db.synced(table).toArray())
    .map((row) => ({ row, newest: newestStamp(row) }))
    .sort((a, b) =>
      a.newest > b.newest ? -1 : a.newest < b.newest ? 1 : a.row.id < b.row.id ? -1 : 1,
    );
  return rows.length === 0 ? undefined : rows[n % rows.length]!.row;
}

function applyEdit(repos: Repositories, id: string, { table, field, value }: FieldEdit) {
  const patch = { [field]: value };
  switch (table) {
    case 'clients':
      return repos.clients.update(id, patch);
    case 'contacts':
      return repos.contacts.update(id, patch);
    case 'offers':
      return repos.offers.update(id, patch);
    case 'offerSections':
      return repos.offerSections.rename(id, String(value));
    case 'offerLines':
      return repos.offerLines.update(id, patch);
  }
}

/** The repository that soft-deletes and restores rows of `table`. */
const deletable = (repos: Repositories, table: EditedTable) =>
  ({
    clients: repos.clients,
    contacts: repos.contacts,
    offers: repos.offers,
    offerSections: repos.offerSections,
    offerLines: repos.offerLines,
  })[table];

/** Performs a local write; false when there was nothing to write on. */
export async function writeLocally(device: Device, action: Action): Promise<boolean> {
  const { repos } = device.session;
  switch (action.t) {
    case 'createClient':
      await repos.clients.create(makeClientInput({ name: action.name, city: '', vatId: '' }));
      return true;
    case 'createContact': {
      const client = await pickRow(device, 'clients', action.client);
      if (!client) return false;
      await repos.contacts.create({
        clientId: client.id,
        firstName: 'Anna',
        lastName: action.lastName,
        role: '',
        email: '',
        phone: '',
        primary: action.primary,
      });
      return true;
    }
    case 'createOffer': {
      const client = await pickRow(device, 'clients', action.client);
      if (!client) return false;
      await repos.offers.create(makeOfferInput(client.id, { title: action.title }));
      return true;
    }
    case 'addSection': {
      const offer = await pickRow(device, 'offers', action.offer);
      if (!offer) return false;
      await repos.offerSections.add({ offerId: offer.id, title: action.title });
      return true;
    }
    case 'addLine': {
      const section = await pickRow(device, 'offerSections', action.section);
      if (!section) return false;
      await repos.offerLines.add(
        makeOfferLineInput(section.offerId, section.id, {
          name: action.name,
          quantity: action.quantity,
          unitPrice: action.unitPrice,
          unitCost: '',
        }),
      );
      return true;
    }
    case 'edit': {
      const row = await pickRow(device, action.edit.table, action.row);
      if (!row) return false;
      await applyEdit(repos, row.id, action.edit);
      return true;
    }
    case 'remove':
    case 'restore': {
      const row = await pickRow(device, action.table, action.row);
      if (!row) return false;
      await deletable(repos, action.table)[action.t](row.id);
      return true;
    }
    case 'sendOffer': {
      const offer = await pickRow(device, 'offers', action.offer);
      if (!offer) return false;
      await repos.offers.markSent(offer.id);
      return true;
    }
    default:
      throw new Error(`${action.t} is no local write`);
  }
}
