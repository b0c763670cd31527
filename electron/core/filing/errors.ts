// The refusals of step 4, each with what happened and what to do (i18n keys under filingErrors.*).
import { AppError } from '../api/errors';

export const filingNotFound = (id: number) =>
  new AppError('filingErrors.notFound', `Filing ${id} does not exist. Reload the list of filings and try again.`, { id });

export const notFileable = (what: string, status: string) =>
  new AppError(
    'filingErrors.notFinal',
    `Document ${what} is ${status}: only a final declaration can be filed. Finalise it first, or file its current final version.`,
    { what, status },
  );

export const notADeclaration = (what: string, type: string) =>
  new AppError('filingErrors.notADeclaration', `Document ${what} is a ${type}: only an export declaration or a CN 22/CN 23 is filed with customs.`, {
    what,
    type,
  });

export const alreadyFiled = (number: string, version: number, filingId: number) =>
  new AppError(
    'filingErrors.alreadyFiled',
    `Version ${version} of declaration ${number} was already filed (filing ${filingId}). To correct it, amend the declaration, finalise the new version and file that one.`,
    { number, version, filingId },
  );

export const orderNotReady = (orderNumber: string, status: string) =>
  new AppError(
    'filingErrors.orderNotReady',
    `Order ${orderNumber} is ${status}: a declaration is filed once every document its destination needs is final (documents ready). Finish its documents first.`,
    { orderNumber, status },
  );

export const orderNotUnderSupervision = (orderNumber: string, status: string) =>
  new AppError(
    'filingErrors.correctionNotSupervised',
    `Order ${orderNumber} is ${status}: a corrected declaration can only be filed while its goods are still under customs supervision (declared, booked or held).`,
    { orderNumber, status },
  );

export const noOrders = (what: string) =>
  new AppError('filingErrors.noOrders', `Declaration ${what} covers no order. Create the declaration from the order's page and file that one.`, { what });

export const emptyOffice = () => new AppError('filingErrors.office', 'Enter the customs office the declaration was lodged with (its name or office code).', {});

export const referenceEmpty = () => new AppError('filingErrors.referenceEmpty', 'Enter the reference customs gave the declaration.', {});

export const referenceAlreadySet = (filingId: number, reference: string) =>
  new AppError(
    'filingErrors.referenceSet',
    `Filing ${filingId} already has the customs reference ${reference}; a reference is set once. If customs gave a new one, file a corrected version.`,
    { filingId, reference },
  );

export const noLiveFiling = (orderNumber: string) =>
  new AppError('filingErrors.noLiveFiling', `Order ${orderNumber} has no filed declaration in force. File its declaration first.`, { orderNumber });

export const documentNotInFiling = (filingId: number, documentId: number) =>
  new AppError('filingErrors.documentNotInFiling', `Document ${documentId} was not part of filing ${filingId}. Choose one of the documents the filing lists.`, {
    filingId,
    documentId,
  });
