// The react-hook-form resolver for orders: orderSchema, as main re-checks it, with two things
// zodResolver cannot do: keep issue parameters (validation.priceDigits needs digits and currency),
// and survive the schema's refinement throwing on a declared total that is not a number.
import { toNestErrors } from '@hookform/resolvers';
import type { FieldError, Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { isDecimalString } from '../../../../shared/domain/money';
import { orderSchema, type Order, type OrderInput } from '../../../../shared/schemas/order';
import { packMessage, type Params } from '../../i18n/messages';

type Issue = z.core.$ZodIssue;

function issueMessage(issue: Issue): { message: string; params?: Params } {
  // A union that no branch matched: the branch with one of our keys says it best.
  if (issue.code === 'invalid_union') {
    const nested = issue.errors.flat();
    const ours = nested.find((n) => n.message.startsWith('validation.')) ?? nested[0];
    if (ours) return issueMessage(ours);
  }
  return { message: issue.message, params: (issue as { params?: Params }).params };
}

function parse(values: OrderInput): { data?: Order; issues: Issue[] } {
  const extra: Issue[] = [];
  let input = values;
  // orderSchema's superRefine calls dec(declaredTotal) even when the field failed its own check,
  // and decimal.js throws on "abc": check that field first and leave it out of the schema run.
  const declared = typeof values.declaredTotal === 'string' ? values.declaredTotal.trim() : '';
  if (declared !== '' && !isDecimalString(declared)) {
    extra.push({ code: 'custom', path: ['declaredTotal'], message: 'validation.decimal', input: declared } as Issue);
    input = { ...values, declaredTotal: '' };
  }
  const result = orderSchema.safeParse(input);
  if (result.success && extra.length === 0) return { data: result.data, issues: [] };
  return { issues: [...extra, ...(result.success ? [] : result.error.issues)] };
}

export const orderResolver: Resolver<OrderInput, unknown, Order> = async (values, _context, options) => {
  const { data, issues } = parse(values);
  if (data) return { values: data, errors: {} };
  const errors: Record<string, FieldError> = {};
  for (const issue of issues) {
    const path = issue.path.join('.');
    if (errors[path]) continue; // the first problem of a field is the one to fix first
    const { message, params } = issueMessage(issue);
    errors[path] = { type: issue.code ?? 'custom', message: packMessage(message, params) };
  }
  return { values: {}, errors: toNestErrors(errors, options) };
};
