import type { TFunction } from 'i18next';
import type { PlaceKind, Ref } from '@/lib/api';

/** Where an opportunity happens, for a list or a card. */
export function placeLabel(
  t: TFunction,
  { placeKind, location, placeText }: { placeKind: PlaceKind; location?: Ref; placeText?: string },
): string {
  if (placeKind === 'LOCATION') return location?.name ?? '';
  if (placeKind === 'REMOTE') return placeText ? `${t('volunteering.place.REMOTE')} · ${placeText}` : t('volunteering.place.REMOTE');
  return placeText ?? t('volunteering.place.NGO_SITE');
}
