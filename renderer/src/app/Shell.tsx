// The window frame: header, navbar in flow order, and the current screen.
import { AppShell, Burger, Group, NavLink, ScrollArea, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { DemoOffer } from '../features/demo/DemoOffer';
import { ActorPrompt } from '../features/people/ActorPrompt';
import { FLOW_STEPS, HOME_ITEM, OFFICE_ITEMS, WAREHOUSE_ITEMS } from './navigation';

function NavItem({ item, index }: { item: string; index?: number }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const active = pathname === `/${item}` || pathname.startsWith(`/${item}/`);
  return (
    <NavLink
      component={Link}
      to={`/${item}`}
      label={t(`nav.${item}`)}
      leftSection={
        index !== undefined ? (
          <Text size="xs" c="dimmed" w={14}>
            {index}
          </Text>
        ) : undefined
      }
      active={active}
      aria-current={active ? 'page' : undefined}
    />
  );
}

export function Shell() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure();
  return (
    <AppShell header={{ height: 52 }} navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" gap="sm">
          <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('app.openNavigation')} />
          <Title order={1} size="h4">
            {t('app.name')}
          </Title>
          <Text size="sm" c="dimmed" visibleFrom="xs">
            {t('app.tagline')}
          </Text>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label={t('nav.flow')} onClick={close}>
        <ScrollArea>
          <NavItem item={HOME_ITEM} />
          <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" pt="md" pb={4}>
            {t('nav.flow')}
          </Text>
          {FLOW_STEPS.map((item, i) => (
            <NavItem key={item} item={item} index={i + 1} />
          ))}
          <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" pt="md" pb={4}>
            {t('nav.warehouse')}
          </Text>
          {WAREHOUSE_ITEMS.map((item) => (
            <NavItem key={item} item={item} />
          ))}
          <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" pt="md" pb={4}>
            {t('nav.office')}
          </Text>
          {OFFICE_ITEMS.map((item) => (
            <NavItem key={item} item={item} />
          ))}
        </ScrollArea>
      </AppShell.Navbar>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
      <ActorPrompt />
      <DemoOffer />
    </AppShell>
  );
}
