// How the clearance screens put a wait and a state into words and colours.
import type { TFunction } from 'i18next';
import type { ClearanceState } from '../../../../shared/api/contracts/clearance';

export const STATE_COLOR: Record<ClearanceState, string> = { awaiting: 'blue', held: 'orange', released: 'green', rejected: 'red' };

/** "2 d 4 h" past a day, "3 h 15 min" below one. */
export function waitedText(t: TFunction, minutes: number): string {
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  return days > 0 ? t('clearance.waited', { days, hours }) : t('clearance.waitedHours', { hours, minutes: minutes % 60 });
}
