// The order's way through the seven steps, with dates and who did what: a compact Mantine
// Timeline, one item per step, its entries folded under the step.
import { Card, Group, Text, Timeline, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { TimelineEvent, TimelineFact, TimelineStep } from '../../../../shared/api/contracts/flow';
import { useCommand } from '../../api/hooks';
import { errorText } from '../../app/notify';
import { formatDay, formatMoment } from '../../i18n/format';
import { actionLabel } from '../../ui/actionLabel';

/** A fact's value as the user reads it: coded values in words, a due day in the user's format. */
function factValue(fact: TimelineFact, t: TFunction, locale: string): string {
  switch (fact.key) {
    case 'cause':
      return t(`returns.cause.${fact.value}`, { defaultValue: fact.value });
    case 'documentType':
      return t(`customs.types.${fact.value}`, { defaultValue: fact.value });
    case 'outcome':
      return t(`clearance.state.${fact.value}`, { defaultValue: fact.value });
    case 'dueDate':
      return /^\d{4}-\d{2}-\d{2}$/.test(fact.value) ? formatDay(fact.value, locale) : fact.value;
    default:
      return fact.value;
  }
}

function EventLine({ event }: { event: TimelineEvent }) {
  const { t, i18n } = useTranslation();
  const facts = event.facts.map((f) => `${t(`flow.facts.${f.key}`)}: ${factValue(f, t, i18n.language)}`);
  return (
    <Text size="xs" c="dimmed">
      {formatMoment(event.at, i18n.language)} · {event.actor} · <b>{actionLabel(event.action, t)}</b>
      {facts.length > 0 ? ` · ${facts.join(' · ')}` : ''}
    </Text>
  );
}

function StepItem({ step, current }: { step: TimelineStep; current: boolean }) {
  const { t, i18n } = useTranslation();
  const state = step.done ? 'done' : current ? 'current' : step.reached ? 'reached' : 'notReached';
  return (
    <>
      <Group gap="xs">
        <Text size="sm" fw={600}>
          {t(`flow.steps.${step.step}`)}
        </Text>
        <Text size="xs" c={current ? 'blue' : 'dimmed'}>
          {t(`flow.timeline.${state}`)}
        </Text>
      </Group>
      {step.at && (
        <Text size="xs">
          {formatMoment(step.at, i18n.language)} · {step.actor}
        </Text>
      )}
      {step.events.map((e) => (
        <EventLine key={e.id} event={e} />
      ))}
    </>
  );
}

export function OrderTimeline({ orderId }: { orderId: number }) {
  const { t } = useTranslation();
  const timeline = useCommand('flow.timeline', { orderId });
  if (timeline.isPending) return null;
  if (timeline.isError)
    return (
      <Text c="red" size="sm">
        {errorText(timeline.error)}
      </Text>
    );
  const { steps, current } = timeline.data;
  // The line is drawn up to the last step the order has reached.
  const active = steps.reduce((last, s, i) => (s.reached ? i : last), -1);
  return (
    <Card withBorder data-testid="order-timeline">
      <Title order={3} size="h5" mb="sm">
        {t('flow.timeline.title')}
      </Title>
      <Timeline active={active} bulletSize={18} lineWidth={2}>
        {steps.map((s) => (
          <Timeline.Item key={s.step} color={s.step === current ? 'blue' : s.done ? 'teal' : 'gray'}>
            <StepItem step={s} current={s.step === current} />
          </Timeline.Item>
        ))}
      </Timeline>
    </Card>
  );
}
