// An audit entry's action in words, for the order's history and its timeline alike: the steps'
// own words (flow.actions) first, then the general ones (history.actions), else the code itself.
import type { TFunction } from 'i18next';
import { i18next } from '../i18n';

export function actionLabel(action: string, t: TFunction): string {
  if (i18next.exists(`flow.actions.${action}`)) return t(`flow.actions.${action}`);
  return i18next.exists(`history.actions.${action}`) ? t(`history.actions.${action}`) : action;
}
