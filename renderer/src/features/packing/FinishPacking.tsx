// "Finish packing": the order becomes packed, or every reason it cannot is listed at once.
import { Alert, Button, List, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../api/errors';
import { useMutationCommand } from '../../api/hooks';
import { notifySuccess } from '../../app/notify';
import { translateMessage } from '../../i18n/messages';
import { beep } from '../../ui/beep';

export function FinishPacking({ orderId, orderNumber }: { orderId: number; orderNumber: string }) {
  const { t } = useTranslation();
  const [refusal, setRefusal] = useState<AppError>();
  const finish = useMutationCommand('packing.finish', {
    onSuccess: () => {
      setRefusal(undefined);
      notifySuccess(t('packing.finished', { orderNumber }));
    },
    onError: (e) => {
      beep('reject');
      setRefusal(e);
    },
  });
  return (
    <Stack gap="xs">
      <Button size="md" color="green" w="fit-content" loading={finish.isPending} onClick={() => finish.mutate({ orderId })}>
        {t('packing.finish')}
      </Button>
      {refusal && (
        <Alert color="red" role="alert" title={translateMessage(refusal.code, refusal.params)} withCloseButton onClose={() => setRefusal(undefined)}>
          {refusal.issues.length > 0 && (
            <List size="sm">
              {refusal.issues.map((issue) => (
                <List.Item key={issue.code}>{translateMessage(issue.code, issue.params)}</List.Item>
              ))}
            </List>
          )}
        </Alert>
      )}
    </Stack>
  );
}
