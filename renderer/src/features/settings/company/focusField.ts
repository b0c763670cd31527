// Deep links into the company profile ("#/settings?field=company.bank.iban"): every input carries
// the id `company.<path>`, so a document that cannot be finalised can send the broker to the gap.
import type { FieldPath } from 'react-hook-form';
import type { CompanyProfileInput } from '../../../../../shared/schemas/customs/company';

export const PROFILE_CARD_ID = 'company-profile';

/** The DOM id of a profile field or section: `company.bank.iban`, `company.identifiers`. */
export function fieldId(path: FieldPath<CompanyProfileInput> | string): string {
  return `company.${path}`;
}

const FOCUSABLE = 'input:not([type=hidden]):not([disabled]), textarea:not([disabled]), select:not([disabled]), button:not([disabled])';

/**
 * The element a link names, or its nearest section: a link to `company.addresses.0.city` still
 * lands on the addresses when there is none yet, where "Add an address" is the thing to do.
 */
function target(id: string): HTMLElement | null {
  let current = id;
  while (current.startsWith('company.')) {
    const el = document.getElementById(current);
    if (el) return el;
    const dot = current.lastIndexOf('.');
    current = current.slice(0, dot);
  }
  return null;
}

/** Scrolls to the field, focuses it (or the first input of its section) and flashes it. */
export function focusProfileField(id: string): boolean {
  const el = target(id);
  if (!el) {
    document.getElementById(PROFILE_CARD_ID)?.scrollIntoView({ block: 'start' });
    return false;
  }
  const input = el.matches(FOCUSABLE) ? el : el.querySelector<HTMLElement>(FOCUSABLE);
  // The wrapper holds the label and the input: the flash should frame both.
  const shown = input && input !== el ? el : (input?.closest<HTMLElement>('.mantine-InputWrapper-root') ?? el);
  shown.scrollIntoView({ block: 'center' });
  input?.focus({ preventScroll: true });
  shown.setAttribute('data-deep-linked', '');
  shown.animate(
    [
      { boxShadow: '0 0 0 4px var(--mantine-color-yellow-4)', backgroundColor: 'var(--mantine-color-yellow-0)' },
      { boxShadow: '0 0 0 4px transparent', backgroundColor: 'transparent' },
    ],
    { duration: 2500, easing: 'ease-in' },
  ).onfinish = () => shown.removeAttribute('data-deep-linked');
  return true;
}
