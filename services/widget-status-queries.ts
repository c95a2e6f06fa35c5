import 'server-only';
import { db } from '@/lib/db';

// The widget statuses (reference data, created by migration). Reads only.

/**
 * Every status as a choice for a form's select, in the order they were created: the order a
 * widget goes through them (Fresh, Approved, Archived), not the alphabet's.
 */
export async function listWidgetStatusChoices(): Promise<{ id: number; name: string }[]> {
  return db.widgetStatus.findMany({ orderBy: { id: 'asc' }, select: { id: true, name: true } });
}
