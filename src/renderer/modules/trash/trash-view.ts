import type { TrashArea, TrashBlock, TrashEntry } from '#data';

/** The message key and values that explain why an entry cannot be restored yet. */
export function blockedMessage(block: TrashBlock): {
  key: string;
  values: { name: string; status?: string };
} {
  if (block.reason === 'offerLocked') {
    return {
      key: 'trash.blocked.offerLocked',
      values: { name: block.offerLabel, status: block.status },
    };
  }
  const known = ['client', 'offer', 'offerSection'] as const;
  const parent = known.find((kind) => kind === block.parentKind) ?? 'other';
  return { key: `trash.blocked.${parent}`, values: { name: block.parentLabel } };
}

/** The route of an area's trash tab. */
export const trashPath = (area: TrashArea): string => `/trash/${area}`;

/** A stable key of an entry (ids are unique per table, not across kinds). */
export const entryKey = (entry: Pick<TrashEntry, 'kind' | 'id'>): string =>
  `${entry.kind}:${entry.id}`;
