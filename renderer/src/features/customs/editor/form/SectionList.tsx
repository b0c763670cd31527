// The generic editor: a layout's sections, each a foldable card of fields on a 12-column grid,
// with its tables, totals and (declarations) the aggregated items. Every document type uses it.
import { Collapse, Grid, Group, Paper, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { memo, type ReactNode } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Block, FieldSpec, Layout, SectionSpec } from '../layout/types';
import { isField } from '../layout/types';
import { AggregatedItems } from '../items/AggregatedItems';
import { ItemsTable } from '../items/ItemsTable';
import { Totals } from '../items/Totals';
import { FieldWidget } from './FieldWidget';
import { useOpenState } from './reveal';
import { useStableForm } from './stableForm';

/** A field that only makes sense while a switch is on (a buyer that differs from the consignee). */
function ShownIf({ path, children }: { path: string; children: ReactNode }) {
  const { control } = useStableForm();
  const on = useWatch({ control, name: path }) === true;
  return on ? children : null;
}

/** The form's column is narrower than the window (the preview sits beside it): fields wrap by its width. */
const CONTAINER = { xs: '360px', sm: '520px', md: '680px', lg: '820px', xl: '1100px' };

function span(spec: FieldSpec): number {
  return spec.span ?? (spec.kind === 'textarea' || spec.kind === 'party' ? 12 : 4);
}

/** Runs of fields share a grid; tables and totals take the whole width between them. */
function groupBlocks(blocks: Block[]): (FieldSpec[] | Block)[] {
  const out: (FieldSpec[] | Block)[] = [];
  for (const block of blocks) {
    const last = out.at(-1);
    if (isField(block) && Array.isArray(last)) last.push(block);
    else out.push(isField(block) ? [block] : block);
  }
  return out;
}

function BlockView({ block, layout }: { block: Block; layout: Layout }) {
  switch (block.kind) {
    case 'table':
      return <ItemsTable spec={block} />;
    case 'totals':
      return <Totals type={layout.type} figures={block.figures} />;
    case 'aggregated':
      return <AggregatedItems />;
    default:
      return null;
  }
}

const Section = memo(function Section({ section, layout }: { section: SectionSpec; layout: Layout }) {
  const { t } = useTranslation();
  const { sectionOpen, toggleSection } = useOpenState();
  const open = sectionOpen(section.id);
  const bodyId = `section-${section.id}`;
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby={`${bodyId}-title`}>
      <UnstyledButton onClick={() => toggleSection(section.id)} aria-expanded={open} aria-controls={bodyId} w="100%" type="button">
        <Group justify="space-between">
          <Title order={3} size="h5" id={`${bodyId}-title`}>
            {open ? '▾' : '▸'} {t(section.title)}
          </Title>
          <Text size="xs" c="dimmed">
            {open ? t('customs.editor.fold') : t('customs.editor.unfold')}
          </Text>
        </Group>
      </UnstyledButton>
      <Collapse in={open} id={bodyId}>
        <Stack gap="sm" mt="sm">
          {groupBlocks(section.blocks).map((group, i) =>
            Array.isArray(group) ? (
              <Grid key={i} gutter="sm" type="container" breakpoints={CONTAINER}>
                {group.map((spec) => {
                  const col = (
                    <Grid.Col key={spec.path} span={{ base: 12, xs: span(spec) > 6 ? 12 : 6, md: span(spec) }}>
                      <FieldWidget spec={spec} />
                    </Grid.Col>
                  );
                  return spec.showIf ? (
                    <ShownIf key={spec.path} path={spec.showIf}>
                      {col}
                    </ShownIf>
                  ) : (
                    col
                  );
                })}
              </Grid>
            ) : (
              <BlockView key={i} block={group} layout={layout} />
            ),
          )}
        </Stack>
      </Collapse>
    </Paper>
  );
});

export function SectionList({ layout }: { layout: Layout }) {
  return (
    <Stack gap="sm">
      {layout.sections.map((section) => (
        <Section key={section.id} section={section} layout={layout} />
      ))}
    </Stack>
  );
}
