// The editor beside its preview on a wide screen (the right pane can be resized by dragging its
// edge, or folded away), and as tabs on a narrow one.
import { Button, Stack, Tabs } from '@mantine/core';
import { useLocalStorage, useMediaQuery } from '@mantine/hooks';
import { useRef, type PointerEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  editor: ReactNode;
  /** Beside the preview on a wide screen, above the form on a narrow one. */
  problems: ReactNode;
  preview: ReactNode;
}

const MIN = 320;
const MAX = 900;
/** Below the app's header and the page padding, the pane stays in view as the form scrolls. */
const TOP = 52 + 16;

export function SplitView({ editor, problems, preview }: Props) {
  const { t } = useTranslation();
  const wide = useMediaQuery('(min-width: 1200px)', true);
  const [width, setWidth] = useLocalStorage({ key: 'despacho.customs.previewWidth', defaultValue: 460 });
  const [folded, setFolded] = useLocalStorage({ key: 'despacho.customs.previewFolded', defaultValue: false });
  const drag = useRef<{ x: number; width: number } | null>(null);

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    drag.current = { x: e.clientX, width };
    e.currentTarget.setPointerCapture(e.pointerId);
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (!drag.current) return;
    setWidth(Math.round(Math.min(MAX, Math.max(MIN, drag.current.width + drag.current.x - e.clientX))));
  };
  const onPointerUp = () => {
    drag.current = null;
  };

  if (!wide) {
    return (
      <Tabs defaultValue="editor" keepMounted>
        <Tabs.List mb="sm">
          <Tabs.Tab value="editor">{t('customs.preview.editorTab')}</Tabs.Tab>
          <Tabs.Tab value="preview">{t('customs.preview.previewTab')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="editor">
          <Stack gap="sm">
            {problems}
            {editor}
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="preview">
          <div style={{ height: '80vh', display: 'flex' }}>{preview}</div>
        </Tabs.Panel>
      </Tabs>
    );
  }

  return (
    <div style={{ display: 'flex', alignItems: 'flex-start', gap: 0 }}>
      <div style={{ flex: 1, minWidth: 0 }}>{editor}</div>
      {folded ? (
        <div style={{ position: 'sticky', top: TOP, marginLeft: 8 }}>
          <Button size="compact-sm" variant="light" onClick={() => setFolded(false)} style={{ writingMode: 'vertical-rl' }} h="auto" py="sm">
            {t('customs.preview.show')}
          </Button>
        </div>
      ) : (
        <>
          <div
            role="separator"
            aria-orientation="vertical"
            aria-label={t('customs.preview.resize')}
            aria-valuenow={width}
            aria-valuemin={MIN}
            aria-valuemax={MAX}
            tabIndex={0}
            onPointerDown={onPointerDown}
            onPointerMove={onPointerMove}
            onPointerUp={onPointerUp}
            onKeyDown={(e) => {
              if (e.key === 'ArrowLeft') setWidth((w) => Math.min(MAX, w + 20));
              else if (e.key === 'ArrowRight') setWidth((w) => Math.max(MIN, w - 20));
            }}
            style={{ width: 10, alignSelf: 'stretch', cursor: 'col-resize', flexShrink: 0, display: 'flex', justifyContent: 'center' }}
          >
            <div style={{ width: 2, background: 'var(--mantine-color-gray-3)', height: '100%' }} />
          </div>
          <Stack gap="xs" style={{ width, flexShrink: 0, position: 'sticky', top: TOP, height: `calc(100vh - ${TOP + 16}px)` }}>
            <Button size="compact-xs" variant="subtle" onClick={() => setFolded(true)} style={{ alignSelf: 'flex-end' }}>
              {t('customs.preview.hide')}
            </Button>
            {problems}
            <div style={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column' }}>{preview}</div>
          </Stack>
        </>
      )}
    </div>
  );
}
