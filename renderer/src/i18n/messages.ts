// Turning codes from the API, the schemas and the import into sentences in the UI language.
import type { TFunction } from 'i18next';
import { money } from './format';
import { i18next } from './index';

export type Params = Record<string, string | number>;

// Parameters that are themselves codes (a status, an action, field names) are shown translated.
function localiseParams(t: TFunction, params: Params): Params {
  const out: Params = { ...params };
  const tr = (key: string, value: string | number) => (i18next.exists(`${key}.${value}`) ? t(`${key}.${value}`) : String(value));
  if (params.from !== undefined) out.from = tr('status', params.from);
  if (params.status !== undefined) out.status = tr('status', params.status);
  if (params.action !== undefined) out.action = tr('actions', params.action);
  if (typeof params.fields === 'string') {
    out.fields = params.fields
      .split(/\s*,\s*/)
      .map((f) => tr('importFields', f))
      .join(', ');
  }
  // Amounts in a problem (totalMismatch) are shown as money in the user's locale.
  if (typeof params.currency === 'string') {
    for (const key of ['declared', 'computed']) {
      const v = params[key];
      if (typeof v === 'string' || typeof v === 'number') out[key] = money(String(v), params.currency, i18next.language);
    }
  }
  return out;
}

/** t(code, params) when the code is a key we know; otherwise the text as it came (already words). */
export function translateMessage(code: string, params: Params = {}, t: TFunction = i18next.t): string {
  if (code && i18next.exists(code)) return t(code, localiseParams(t, params)) as string;
  return code;
}

/**
 * react-hook-form keeps one string per field error, but some messages need parameters
 * (validation.priceDigits). Both the resolver and server errors pack them here.
 */
export function packMessage(code: string, params?: Params): string {
  return params && Object.keys(params).length > 0 ? `${code}|${JSON.stringify(params)}` : code;
}

export function unpackMessage(message: string): { code: string; params: Params } {
  const bar = message.indexOf('|');
  if (bar > 0 && message[bar + 1] === '{') {
    try {
      return { code: message.slice(0, bar), params: JSON.parse(message.slice(bar + 1)) as Params };
    } catch {
      // Not one of ours: show it whole.
    }
  }
  return { code: message, params: {} };
}

export function translatePacked(message: string | undefined, t: TFunction = i18next.t): string | undefined {
  if (!message) return undefined;
  const { code, params } = unpackMessage(message);
  return translateMessage(code, params, t);
}

/** The label of a form field from its path: "consignee.postalCode", "lines.2.brand". */
export function fieldLabel(path: string, t: TFunction = i18next.t): string {
  const line = /^lines\.(\d+)\.(\w+)$/.exec(path);
  if (line) {
    const field = i18next.exists(`fields.line.${line[2]}`) ? t(`fields.line.${line[2]}`) : line[2];
    return t('fields.lineField', { line: Number(line[1]) + 1, field });
  }
  return i18next.exists(`fields.${path}`) ? t(`fields.${path}`) : path;
}

/** Why an order was not even checked in a bulk confirm (ConfirmOutcome.refused is a bare code). */
export function refusedText(code: string, t: TFunction = i18next.t): string {
  const key = `confirmRefused.${code.replace(/^errors\./, '')}`;
  return i18next.exists(key) ? t(key) : translateMessage(code, {}, t);
}
