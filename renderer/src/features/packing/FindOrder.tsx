// "Container or order number": scanning a container's label opens the bench for its order.
import { Alert, Button, Group, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { callCommand } from '../../api/client';
import { errorText } from '../../app/notify';
import { beep } from '../../ui/beep';

export function FindOrder() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [code, setCode] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const find = async () => {
    const value = code.trim();
    if (!value) return;
    setBusy(true);
    setError(undefined);
    try {
      const station = await callCommand('packing.station', { code: value });
      // The router shows its own errors (the route's error page); there is nothing to wait for.
      void navigate(`/packing/${station.order.id}`);
    } catch (e) {
      beep('reject');
      setError(errorText(e));
      setCode('');
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void find();
      }}
    >
      <Group align="end" gap="xs">
        <TextInput
          label={t('packing.find.label')}
          placeholder={t('packing.find.placeholder')}
          value={code}
          onChange={(e) => setCode(e.currentTarget.value)}
          autoFocus
          autoComplete="off"
          w={360}
          maxLength={60}
        />
        <Button type="submit" loading={busy}>
          {t('packing.find.open')}
        </Button>
      </Group>
      {error && (
        <Alert color="red" role="alert" mt="xs" maw={560}>
          {error}
        </Alert>
      )}
    </form>
  );
}
