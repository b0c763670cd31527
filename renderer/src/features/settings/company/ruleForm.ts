// The destination rule form's types and its errors in words. zod's own messages for list sizes
// and missing numbers are English sentences, so those are named by the field they belong to.
import { type Control, type FieldError, get, useFormState } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { DestinationRuleInput, destinationRuleSchema } from '../../../../../shared/schemas/customs/rules';
import { i18next } from '../../../i18n';
import { unpackMessage } from '../../../i18n/messages';

export type RuleControl = Control<DestinationRuleInput, unknown, z.output<typeof destinationRuleSchema>>;

type ErrorNode = FieldError | Record<string, unknown> | undefined;

/** The first message in an error node: a field's own, its list's root, or one of its items'. */
function firstMessage(node: ErrorNode): string | undefined {
  if (!node || typeof node !== 'object') return undefined;
  if (typeof node.message === 'string' && node.message) return node.message;
  const root = (node as { root?: FieldError }).root;
  if (root?.message) return root.message;
  for (const [key, child] of Object.entries(node)) {
    if (key === 'ref' || key === 'root') continue;
    const found = firstMessage(child as ErrorNode);
    if (found) return found;
  }
  return undefined;
}

export function useRuleError(control: RuleControl) {
  const { t } = useTranslation();
  const { errors } = useFormState({ control });
  return (path: string): string | undefined => {
    const message = firstMessage(get(errors, path) as ErrorNode);
    if (!message) return undefined;
    const { code, params } = unpackMessage(message);
    if (i18next.exists(code)) return t(code, params);
    const field =
      path
        .split('.')
        .filter((s) => !/^\d+$/.test(s))
        .pop() ?? '';
    return t(`company.rules.invalid.${field}`, { defaultValue: t('company.rules.invalid.generic') });
  };
}
