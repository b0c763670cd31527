// The refusals of step 5, each with what happened and what to do (i18n keys under transportErrors.*).
import type { FitReason } from '../../../shared/domain/transport/fit';
import { AppError } from '../api/errors';

export const carrierNotFound = (id: number) =>
  new AppError('transportErrors.carrierNotFound', `Carrier ${id} does not exist. Reload the carriers and try again.`, { id });
export const serviceNotFound = (id: number) =>
  new AppError('transportErrors.serviceNotFound', `Service ${id} does not exist. Reload the carriers and try again.`, { id });
export const ruleNotFound = (id: number) => new AppError('transportErrors.ruleNotFound', `Rule ${id} does not exist. Reload the rules and try again.`, { id });
export const rangeNotFound = (id: number) =>
  new AppError('transportErrors.rangeNotFound', `S10 range ${id} does not exist. Reload the ranges and try again.`, { id });

export const codeTaken = (code: string) =>
  new AppError('transportErrors.codeTaken', `The code ${code} is already used. Choose another code, or edit the existing one.`, { code });

export const orderNotDeclared = (orderNumber: string, status: string) =>
  new AppError(
    'transportErrors.notDeclared',
    `Order ${orderNumber} is ${status}: a shipment is booked once the order's declaration is filed (declared). File its declaration first.`,
    { orderNumber, status },
  );

export const noClosedParcels = (orderNumber: string) =>
  new AppError('transportErrors.noParcels', `Order ${orderNumber} has no closed parcel to ship. Close its parcels at the packing bench first.`, {
    orderNumber,
  });

export const noProposal = (orderNumber: string) =>
  new AppError(
    'transportErrors.noProposal',
    `No rule proposes a service that fits order ${orderNumber}. Choose a service by hand, or add a rule in transport setup.`,
    { orderNumber },
  );

export function serviceUnfit(orderNumber: string, service: string, reasons: FitReason[]): AppError {
  return new AppError(
    'transportErrors.unfit',
    `The service ${service} cannot take order ${orderNumber}: ${reasons.map((r) => r.key.replace('transport.fit.', '')).join(', ')}. Choose a service that fits.`,
    { orderNumber, service },
    reasons.map((r) => ({ path: 'serviceId', code: r.key, params: r.params })),
  );
}

export const noActiveRange = (carrier: string, indicator: string) =>
  new AppError('transportErrors.noRange', `There is no active S10 range for ${carrier} ${indicator}. Enter the range the post gave you in transport setup.`, {
    carrier,
    indicator,
  });

export const rangeExhausted = (carrier: string, indicator: string, needed: number, remaining: number) =>
  new AppError(
    'transportErrors.rangeExhausted',
    `The S10 range of ${carrier} ${indicator} has ${remaining} numbers left, ${needed} needed. Ask the post for a new range and enter it in transport setup.`,
    { carrier, indicator, needed, remaining },
  );

export const numberCount = (orderNumber: string, parcels: number, given: number) =>
  new AppError(
    'transportErrors.numberCount',
    `Order ${orderNumber} has ${parcels} closed parcels but ${given} tracking numbers were given. Enter one number per parcel.`,
    { orderNumber, parcels, given },
  );

export const numberPattern = (number: string, carrier: string, pattern: string) =>
  new AppError('transportErrors.numberPattern', `${number} is not a ${carrier} number (expected ${pattern}). Check the number on the carrier's label.`, {
    number,
    carrier,
    pattern,
  });

export const numberNotS10 = (number: string, reason: string) =>
  new AppError('transportErrors.numberNotS10', `${number} is not a valid S10 number (${reason}). Check the number on the label; scan it again.`, {
    number,
    reason,
  });

export const numberIndicator = (number: string, indicator: string) =>
  new AppError('transportErrors.numberIndicator', `${number} does not start with the service indicator ${indicator}. Use a label of this service.`, {
    number,
    indicator,
  });

export const numberIssued = (number: string) =>
  new AppError('transportErrors.numberIssued', `${number} was already issued to another shipment. A tracking number is used once: take a new label.`, {
    number,
  });

export const numberTwice = (number: string) =>
  new AppError('transportErrors.numberTwice', `${number} is given twice. Each parcel needs its own number.`, { number });

export const rangeOverlap = (indicator: string, country: string, other: number) =>
  new AppError(
    'transportErrors.rangeOverlap',
    `The range overlaps S10 range ${other} of ${indicator}…${country}: the same number would be issued twice. Enter serials outside it.`,
    { indicator, country, other },
  );

export const rangeActiveTwice = (indicator: string, other: number) =>
  new AppError('transportErrors.rangeActiveTwice', `Range ${other} is already active for ${indicator}. Deactivate it first, or save this one inactive.`, {
    indicator,
    other,
  });

export const rangeBelowIssued = (nextSerial: number) =>
  new AppError(
    'transportErrors.rangeBelowIssued',
    `Serials up to ${nextSerial - 1} were already issued from this range. Its first serial stays; its last serial can only be ${nextSerial - 1} or more.`,
    { nextSerial },
  );

export const noShipment = (orderNumber: string) =>
  new AppError('transportErrors.noShipment', `Order ${orderNumber} has no booked shipment. Book it on the transport page first.`, { orderNumber });
