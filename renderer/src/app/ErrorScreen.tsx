import { Button, Container, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function ErrorScreen() {
  const { t } = useTranslation();
  return (
    <Container size="sm" py="xl">
      <Stack role="alert">
        <Title order={2}>{t('errorBoundary.title')}</Title>
        <Text>{t('errorBoundary.body')}</Text>
        <div>
          <Button onClick={() => window.location.reload()}>{t('errorBoundary.reload')}</Button>
        </div>
      </Stack>
    </Container>
  );
}

/** For react-router's errorElement: route render errors never reach the outer boundary. */
export function RouteError() {
  return <ErrorScreen />;
}
