import type { Activity } from '../domain';

/** An open follow-up: a live activity with a due date that is not ticked off. */
export const isOpenFollowUp = (activity: Activity): boolean =>
  !activity.deleted && (activity.dueDate ?? '') !== '' && (activity.completedAt ?? '') === '';

/**
 * The follow-ups due on `today` (`YYYY-MM-DD`, the caller's local day): open ones whose due date
 * is today or earlier, most overdue first, then by activity date and creation.
 */
export function dueFollowUps({
  activities,
  today,
}: {
  activities: readonly Activity[];
  today: string;
}): Activity[] {
  return activities
    .filter((activity) => isOpenFollowUp(activity) && activity.dueDate! <= today)
    .sort(
      (a, b) =>
        a.dueDate!.localeCompare(b.dueDate!) ||
        a.date.localeCompare(b.date) ||
        a.createdAt.localeCompare(b.createdAt) ||
        a.id.localeCompare(b.id),
    );
}
