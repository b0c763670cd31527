// One way to tell the user that something worked or failed, in their language.
import { notifications } from '@mantine/notifications';
import { toAppError } from '../api/errors';
import { i18next } from '../i18n';
import { translateMessage } from '../i18n/messages';

export function notifyError(error: unknown, title?: string): void {
  const e = toAppError(error);
  notifications.show({ color: 'red', title: title ?? i18next.t('common.error'), message: translateMessage(e.code, e.params), autoClose: 8000 });
}

export function notifySuccess(message: string): void {
  notifications.show({ color: 'green', message });
}

/** The sentence for an error, for inline alerts. */
export function errorText(error: unknown): string {
  const e = toAppError(error);
  return translateMessage(e.code, e.params);
}
