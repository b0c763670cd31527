// The react-hook-form resolver for products: productSchema exactly as main re-checks it, keeping
// the issue parameters zodResolver drops (validation.priceDigits needs digits and currency).
import { toNestErrors } from '@hookform/resolvers';
import type { FieldError, Resolver } from 'react-hook-form';
import { type Product, type ProductInput, productSchema } from '../../../../shared/schemas/product';
import { type Params, packMessage } from '../../i18n/messages';

export const productResolver: Resolver<ProductInput, unknown, Product> = async (values, _context, options) => {
  const result = productSchema.safeParse(values);
  if (result.success) return { values: result.data, errors: {} };
  const errors: Record<string, FieldError> = {};
  for (const issue of result.error.issues) {
    const path = issue.path.join('.');
    if (errors[path]) continue; // the first problem of a field is the one to fix first
    errors[path] = { type: issue.code ?? 'custom', message: packMessage(issue.message, (issue as { params?: Params }).params) };
  }
  return { values: {}, errors: toNestErrors(errors, options) };
};

/** Puts an error from main back onto the fields; returns the sentences that match no field. */
export function productServerErrors(
  error: { code: string; params?: Params; issues: { path: string; code: string; params?: Params }[] },
  setError: (name: keyof ProductInput, e: { type: string; message: string }) => void,
  translate: (code: string, params?: Params) => string,
): string[] {
  const loose: string[] = [];
  if (error.code === 'errors.validation') {
    for (const issue of error.issues) {
      // Main validates the whole command input, so paths start with "product.".
      const path = issue.path.replace(/^product\.?/, '');
      if (path in productSchema.shape) setError(path as keyof ProductInput, { type: 'server', message: packMessage(issue.code, issue.params) });
      else loose.push(translate(issue.code, issue.params));
    }
  } else if (error.code === 'catalogue.errors.duplicateSku') {
    setError('sku', { type: 'server', message: packMessage(error.code, error.params) });
  } else if (error.code === 'catalogue.errors.duplicateGtin') {
    setError('gtin', { type: 'server', message: packMessage(error.code, error.params) });
  }
  return loose;
}
