import { api, unwrap, useApiMutation } from '@/lib/api';
import { saveBlob } from '@/lib/files/saveBlob';

/** GET /api/volunteering/my-shifts.ics: my confirmed shifts as a calendar file, fetched with the bearer token. */
export async function downloadShiftsCalendar(): Promise<void> {
  const blob = await unwrap(
    api.GET('/api/volunteering/my-shifts.ics', {
      parseAs: 'blob',
      headers: { Accept: 'text/calendar, application/problem+json' },
    }),
  );
  saveBlob(new Blob([blob], { type: 'text/calendar;charset=utf-8' }), 'kollekt-shifts.ics');
}

export function useShiftsCalendar() {
  return useApiMutation(downloadShiftsCalendar);
}
