import { hlcTime } from '#shared/sync/hlc';
import type { QuotientDb, Stored, SyncedRow } from './database';
import { RowNotFoundError } from './errors';

/** The areas whose deleted records the Papierkorb lists, one tab each. */
export const trashAreas = [
  'clients',
  'catalog',
  'offers',
  'texts',
  'analyses',
  'contracts',
  'presentations',
] as const;
export type TrashArea = (typeof trashAreas)[number];

/** What a deleted record was; each kind restores through its own repository. */
export type TrashKind =
  | 'client'
  | 'contact'
  | 'activity'
  | 'opportunity'
  | 'catalogItem'
  | 'bundle'
  | 'role'
  | 'offer'
  | 'offerSection'
  | 'offerLine'
  | 'textBlock'
  | 'competitor'
  | 'competitorAttachment'
  | 'battlecard'
  | 'priceObservation'
  | 'analysis'
  | 'contract'
  | 'contractClause'
  | 'deck'
  | 'slide'
  | 'lead';

/** Why a record cannot be restored now: its parent is in the trash too, or its offer is no longer a draft. */
export type TrashBlock =
  | { reason: 'parentDeleted'; parentKind: TrashKind; parentId: string; parentLabel: string }
  | { reason: 'offerLocked'; offerLabel: string; status: string };

export type TrashEntry = {
  kind: TrashKind;
  id: string;
  /** What it was: a name or title ('' when the stored row has none). */
  label: string;
  /** Where it belonged: the client of a contact, the offer of a line ('' when nothing). */
  parentLabel: string;
  /** When it was deleted (the stamp of its `deleted` field) and by whom (the row's last author). */
  deletedAt: string;
  deletedBy: string;
  /** Set when restoring is refused for now. */
  blocked?: TrashBlock;
};

export type TrashList = {
  /** The newest deletions first, at most `limit`. */
  entries: TrashEntry[];
  /** How many deleted records the area holds in all. */
  total: number;
};

/** A repository's soft-delete pair; restores go through them, so they are normal synced writes. */
type SoftDeletable = { remove(id: string): Promise<void>; restore(id: string): Promise<void> };

/** The repositories the trash restores through (named as in Repositories). */
export type TrashTargets = Record<(typeof REPO_OF)[TrashKind], SoftDeletable>;

export type TrashRepository = {
  /** The area's deleted records, newest deletion first. */
  list(area: TrashArea, options?: { limit?: number }): Promise<TrashList>;
  /** Brings a record back through its repository; TrashBlockedError (nothing written) when blocked. */
  restore(kind: TrashKind, id: string): Promise<void>;
  /** Deletes it again (the undo of a restore). */
  remove(kind: TrashKind, id: string): Promise<void>;
};

/** A restore refused because of `block`; nothing was written. */
export class TrashBlockedError extends Error {
  override readonly name = 'TrashBlockedError';

  constructor(
    readonly kind: TrashKind,
    readonly id: string,
    readonly block: TrashBlock,
  ) {
    super(
      block.reason === 'parentDeleted'
        ? `${kind} ${id} cannot be restored: its ${block.parentKind} ${block.parentId} is deleted (restore that first)`
        : `${kind} ${id} cannot be restored: its offer is ${block.status}`,
    );
  }
}

export const DEFAULT_TRASH_LIMIT = 200;

const TABLE_OF = {
  client: 'clients',
  contact: 'contacts',
  activity: 'activities',
  opportunity: 'opportunities',
  catalogItem: 'catalogItems',
  bundle: 'bundles',
  role: 'roles',
  offer: 'offers',
  offerSection: 'offerSections',
  offerLine: 'offerLines',
  textBlock: 'textBlocks',
  competitor: 'competitors',
  competitorAttachment: 'competitorAttachments',
  battlecard: 'battlecards',
  priceObservation: 'priceObservations',
  analysis: 'analyses',
  contract: 'contracts',
  contractClause: 'contractClauses',
  deck: 'decks',
  slide: 'slides',
  lead: 'leads',
} as const satisfies Record<TrashKind, keyof SyncedRow>;

const REPO_OF = {
  client: 'clients',
  contact: 'contacts',
  activity: 'activities',
  opportunity: 'opportunities',
  catalogItem: 'catalog',
  bundle: 'bundles',
  role: 'roles',
  offer: 'offers',
  offerSection: 'offerSections',
  offerLine: 'offerLines',
  textBlock: 'textBlocks',
  competitor: 'competitors',
  competitorAttachment: 'competitorAttachments',
  battlecard: 'battlecards',
  priceObservation: 'priceObservations',
  analysis: 'analyses',
  contract: 'contracts',
  contractClause: 'contractClauses',
  deck: 'decks',
  slide: 'slides',
  lead: 'leads',
} as const satisfies Record<TrashKind, string>;

const KINDS_OF: Record<TrashArea, readonly TrashKind[]> = {
  clients: ['client', 'contact', 'activity', 'opportunity'],
  catalog: ['catalogItem', 'bundle', 'role'],
  offers: ['offer', 'offerSection', 'offerLine'],
  texts: ['textBlock'],
  analyses: ['competitor', 'competitorAttachment', 'battlecard', 'priceObservation', 'analysis'],
  contracts: ['contract', 'contractClause'],
  presentations: ['deck', 'slide', 'lead'],
};

type AnyRow = Stored<Record<string, unknown>>;

// Rows may come from a malformed sync change: never trust a field to be a string.
const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const joined = (...parts: unknown[]): string =>
  parts
    .map(text)
    .filter((part) => part.trim() !== '')
    .join(' · ');

const LABEL_MAX = 120;
const firstLine = (value: unknown): string => {
  const line = text(value).split('\n')[0]?.trim() ?? '';
  return line.length > LABEL_MAX ? `${line.slice(0, LABEL_MAX - 1)}…` : line;
};

/** The label a user recognises a record by. */
export function trashLabel(kind: TrashKind, row: Record<string, unknown>): string {
  switch (kind) {
    case 'contact':
      return [text(row.firstName), text(row.lastName)].join(' ').trim();
    case 'activity':
      return joined(row.date, firstLine(row.summary));
    case 'opportunity':
    case 'offerSection':
      return text(row.title);
    case 'catalogItem':
      return joined(row.sku, row.name);
    case 'offer':
      return joined(row.number, row.title);
    case 'offerLine':
      return firstLine(row.name);
    case 'textBlock':
    case 'analysis':
    case 'contract':
    case 'contractClause':
    case 'deck':
    case 'slide':
      return text(row.title);
    case 'lead':
      return joined([text(row.firstName), text(row.lastName)].join(' ').trim(), row.company);
    case 'priceObservation':
      return joined(row.observedOn, `${text(row.price)} ${text(row.currency)}`.trim());
    case 'battlecard':
      // A battlecard has no name of its own: its competitor is its parent label.
      return '';
    default:
      return text(row.name);
  }
}

/** The stamp that orders deletions: the `deleted` field's clock, or updatedAt for a row without one. */
const deletionKey = (row: AnyRow): string => text(row.fieldClocks?.deleted) || text(row.updatedAt);

const deletedAtOf = (row: AnyRow): string => {
  const hlc = text(row.fieldClocks?.deleted);
  if (hlc) {
    try {
      return hlcTime(hlc);
    } catch {
      // A malformed stamp: fall back to the row's updatedAt.
    }
  }
  return text(row.updatedAt);
};

/** The trash over the database (to list) and the repositories (to restore). */
export function createTrashRepository({
  db,
  repos,
}: {
  db: QuotientDb;
  repos: TrashTargets;
}): TrashRepository {
  const rowsOf = async (kind: TrashKind) =>
    (await db.table<AnyRow, string>(TABLE_OF[kind]).toArray()) as AnyRow[];

  const byId = async (kind: TrashKind, ids: Iterable<string>) => {
    const wanted = [...new Set(ids)].filter((id) => id !== '');
    const rows = await db.table<AnyRow, string>(TABLE_OF[kind]).bulkGet(wanted);
    return new Map(rows.filter((row) => row !== undefined).map((row) => [row.id, row]));
  };

  const parentBlock = (
    parentKind: TrashKind,
    parent: AnyRow | undefined,
  ): TrashBlock | undefined =>
    parent?.deleted
      ? {
          reason: 'parentDeleted',
          parentKind,
          parentId: parent.id,
          parentLabel: trashLabel(parentKind, parent),
        }
      : undefined;

  /** Entries of some deleted rows of one kind, with their parents looked up once. */
  const describe = async (kind: TrashKind, rows: AnyRow[]): Promise<TrashEntry[]> => {
    const entry = (row: AnyRow, parentLabel: string, blocked?: TrashBlock): TrashEntry => ({
      kind,
      id: row.id,
      label: trashLabel(kind, row),
      parentLabel,
      deletedAt: deletedAtOf(row),
      deletedBy: text(row.updatedBy),
      ...(blocked ? { blocked } : {}),
    });
    switch (kind) {
      case 'contact':
      case 'activity':
      case 'opportunity':
      case 'offer':
      case 'contract': {
        const clients = await byId(
          'client',
          rows.map((row) => text(row.clientId)),
        );
        return rows.map((row) => {
          const client = clients.get(text(row.clientId));
          const label = client ? trashLabel('client', client) : '';
          return entry(row, label, parentBlock('client', client));
        });
      }
      case 'offerSection':
      case 'offerLine': {
        const offers = await byId(
          'offer',
          rows.map((row) => text(row.offerId)),
        );
        const sections =
          kind === 'offerLine'
            ? await byId(
                'offerSection',
                rows.map((row) => text(row.sectionId)),
              )
            : new Map<string, AnyRow>();
        return rows.map((row) => {
          const offer = offers.get(text(row.offerId));
          const section = sections.get(text(row.sectionId));
          const offerLabel = offer ? trashLabel('offer', offer) : '';
          const parentLabel = joined(offerLabel, section && trashLabel('offerSection', section));
          const locked: TrashBlock | undefined =
            offer && !offer.deleted && offer.status !== 'draft'
              ? { reason: 'offerLocked', offerLabel, status: text(offer.status) }
              : undefined;
          const blocked =
            parentBlock('offer', offer) ?? parentBlock('offerSection', section) ?? locked;
          return entry(row, parentLabel, blocked);
        });
      }
      case 'competitorAttachment':
      case 'battlecard':
      case 'priceObservation': {
        const competitors = await byId(
          'competitor',
          rows.map((row) => text(row.competitorId)),
        );
        return rows.map((row) => {
          const competitor = competitors.get(text(row.competitorId));
          const label = competitor ? trashLabel('competitor', competitor) : '';
          return entry(row, label, parentBlock('competitor', competitor));
        });
      }
      case 'slide':
      case 'lead': {
        const decks = await byId(
          'deck',
          rows.map((row) => text(row.deckId)),
        );
        return rows.map((row) => {
          const deck = decks.get(text(row.deckId));
          const label = deck ? trashLabel('deck', deck) : '';
          // A lead needs no deck to come back; a slide returns into its deck only.
          return entry(row, label, kind === 'slide' ? parentBlock('deck', deck) : undefined);
        });
      }
      default:
        return rows.map((row) => entry(row, ''));
    }
  };

  const findEntry = async (kind: TrashKind, id: string): Promise<TrashEntry | undefined> => {
    const row = await db.table<AnyRow, string>(TABLE_OF[kind]).get(id);
    if (!row) throw new RowNotFoundError(TABLE_OF[kind], id);
    if (!row.deleted) return undefined;
    const [found] = await describe(kind, [row]);
    return found;
  };

  return {
    async list(area, { limit = DEFAULT_TRASH_LIMIT } = {}) {
      const byKind = await Promise.all(
        KINDS_OF[area].map(async (kind) => ({
          kind,
          rows: (await rowsOf(kind)).filter((row) => row.deleted === true),
        })),
      );
      // A line deleted with its section carries the section's stamp and comes back with it: one entry.
      const sectionStamps = new Map(
        (byKind.find((group) => group.kind === 'offerSection')?.rows ?? []).map((row) => [
          row.id,
          text(row.fieldClocks?.deleted),
        ]),
      );
      const withSection = (row: AnyRow) => {
        const stamp = sectionStamps.get(text(row.sectionId));
        return stamp !== undefined && stamp !== '' && stamp === text(row.fieldClocks?.deleted);
      };
      const deleted = byKind
        .flatMap(({ kind, rows }) =>
          rows
            .filter((row) => kind !== 'offerLine' || !withSection(row))
            // Lines and sections a project plan generated come and go with the plan (issue 15).
            .filter((row) => text(row.planPackageId) === '' && text(row.planPhaseId) === '')
            .map((row) => ({ kind, row, key: deletionKey(row) })),
        )
        .sort((a, b) => (a.key < b.key ? 1 : a.key > b.key ? -1 : 0));
      const shown = deleted.slice(0, limit);
      const described = await Promise.all(
        KINDS_OF[area].map((kind) =>
          describe(
            kind,
            shown.filter((item) => item.kind === kind).map((item) => item.row),
          ),
        ),
      );
      const order = new Map(shown.map((item, index) => [`${item.kind}:${item.row.id}`, index]));
      const entries = described
        .flat()
        .sort(
          (a, b) => (order.get(`${a.kind}:${a.id}`) ?? 0) - (order.get(`${b.kind}:${b.id}`) ?? 0),
        );
      return { entries, total: deleted.length };
    },

    async restore(kind, id) {
      // Checked before the repository's own write: a parent deleted in between by a sync pull
      // leaves the child restored under it, which a sync merge can do as well.
      const found = await findEntry(kind, id);
      if (!found) return;
      if (found.blocked) throw new TrashBlockedError(kind, id, found.blocked);
      await repos[REPO_OF[kind]].restore(id);
    },

    remove: (kind, id) => repos[REPO_OF[kind]].remove(id),
  };
}
