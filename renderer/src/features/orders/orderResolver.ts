// The react-hook-form resolver for orders: orderSchema, exactly as main re-checks it, keeping what
// zodResolver drops: issue parameters (validation.priceDigits needs digits and currency), and the
// most telling branch of a failed union.
import { toNestErrors } from '@hookform/resolvers';
import type { FieldError, Resolver } from 'react-hook-form';
import type { z } from 'zod';
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
  const result = orderSchema.safeParse(values);
  return result.success ? { data: result.data, issues: [] } : { issues: result.error.issues };
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
