// Creating customs documents from packed orders: one type, or each type still needed in turn;
// the first new document opens in the editor. A refusal stays on screen until dismissed.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { contract } from '../../../../../shared/api/contract';
import type { OrderDocuments } from '../../../../../shared/api/contracts/customs';
import type { DocumentLanguage, DocumentType } from '../../../../../shared/schemas/customs';
import { callCommand } from '../../../api/client';
import { invalidateTables } from '../../../api/hooks';
import { errorText, notifySuccess } from '../../../app/notify';
import { documentPath, typeName } from './documentWords';

interface Request {
  types: DocumentType[];
  orderIds: number[];
  lang: DocumentLanguage;
}

/** A refusal part way through "create all": the documents made before it are kept. */
class PartlyCreated extends Error {
  constructor(
    readonly created: number,
    readonly refusal: unknown,
  ) {
    super('partly created');
  }
}

/**
 * The required types these orders still miss and that have no draft under way: a draft is
 * finished in the editor, not made a second time.
 */
export function typesToCreate(orders: (OrderDocuments | undefined)[]): DocumentType[] {
  const types = new Set<DocumentType>();
  for (const o of orders) {
    if (!o) continue;
    for (const type of o.missing) {
      if (!o.documents.some((d) => d.type === type && d.status === 'draft')) types.add(type);
    }
  }
  return [...types];
}

/** Types these orders already have a current (draft or final) document of: the core allows one of each per order. */
export function currentTypes(orders: (OrderDocuments | undefined)[]): Set<DocumentType> {
  return new Set(orders.flatMap((o) => o?.documents.filter((d) => d.status === 'draft' || d.status === 'final').map((d) => d.type) ?? []));
}

export function useCreateDocuments() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const navigate = useNavigate();
  const [refusal, setRefusal] = useState<string>();

  const mutation = useMutation<number[], unknown, Request>({
    mutationFn: async ({ types, orderIds, lang }) => {
      const ids: number[] = [];
      for (const type of types) {
        try {
          ids.push((await callCommand('customs.create', { type, orderIds, lang })).id);
        } catch (error) {
          if (ids.length === 0) throw error;
          throw new PartlyCreated(ids.length, error);
        }
      }
      return ids;
    },
    onMutate: () => setRefusal(undefined),
    // Some documents may exist even after a refusal: every screen that lists them refreshes.
    onSettled: () => invalidateTables(client, contract['customs.create'].writes),
    onSuccess: (ids, { types }) => {
      notifySuccess(
        ids.length === 1 ? t('customsDocs.create.created', { type: typeName(t, types[0]!) }) : t('customsDocs.create.createdMany', { count: ids.length }),
      );
      void navigate(documentPath(ids[0]!));
    },
    onError: (error, { types }) => {
      setRefusal(
        error instanceof PartlyCreated
          ? t('customsDocs.create.partly', { created: error.created, total: types.length, reason: errorText(error.refusal) })
          : errorText(error),
      );
    },
  });

  return {
    create: (request: Request) => {
      if (request.types.length > 0 && request.orderIds.length > 0) mutation.mutate(request);
    },
    pending: mutation.isPending,
    /** The types being created now, for the button that asked. */
    pendingTypes: mutation.isPending ? (mutation.variables?.types ?? []) : [],
    refusal,
    dismiss: () => setRefusal(undefined),
  };
}
