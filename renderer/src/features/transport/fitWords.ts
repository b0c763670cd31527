// How the transport screens put a service's refusals into words.
import type { TFunction } from 'i18next';
import type { FitReason } from '../../../../shared/domain/transport/fit';

export function reasonsText(t: TFunction, reasons: readonly FitReason[]): string {
  return reasons.map((r) => t(r.key, r.params)).join(' ');
}
