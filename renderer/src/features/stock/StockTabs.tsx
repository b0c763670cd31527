// The stock area's own tabs: overview, receiving, locations and the count import.
import { Group, Tabs, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';

const TABS = [
  ['overview', '/stock'],
  ['receive', '/stock/receive'],
  ['locations', '/stock/locations'],
  ['import', '/stock/import'],
] as const;

export function StockTabs({ title, actions }: { title: string; actions?: ReactNode }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const current = TABS.find(([, path]) => path !== '/stock' && pathname.startsWith(path))?.[0] ?? 'overview';
  return (
    <>
      <Group justify="space-between">
        <Title order={2}>{title}</Title>
        {actions}
      </Group>
      <Tabs value={current} onChange={(v) => navigate(TABS.find(([k]) => k === v)![1])}>
        <Tabs.List>
          {TABS.map(([key]) => (
            <Tabs.Tab key={key} value={key}>
              {t(`inventory.tabs.${key}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
    </>
  );
}
