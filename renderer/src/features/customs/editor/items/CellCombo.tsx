// A table cell with a lookup (country, unit, HS code) that costs no more than a plain input until
// the broker types in it: the list only exists while it is open, so a 200-row table stays light.
// Typing, ArrowDown or a click opens it; arrows move, Enter chooses, Escape and Tab close it.
import { Portal } from '@mantine/core';
import { useEffect, useImperativeHandle, useRef, useState, type ComponentType, type KeyboardEvent, type Ref } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import classes from './items.module.css';

export interface ComboOption {
  value: string;
  label: string;
}

export interface DropdownHandle {
  /** True when the key was the list's to handle (the input then ignores it). */
  onKey: (key: string) => boolean;
}

export interface DropdownProps {
  ref: Ref<DropdownHandle>;
  anchor: HTMLElement;
  query: string;
  listId: string;
  onPick: (value: string) => void;
  onActive: (optionId: string | undefined) => void;
}

/** Follows the input as the page or the table scrolls. */
function useAnchorBox(anchor: HTMLElement): DOMRect {
  const [box, setBox] = useState(() => anchor.getBoundingClientRect());
  useEffect(() => {
    const update = () => setBox(anchor.getBoundingClientRect());
    window.addEventListener('scroll', update, true);
    window.addEventListener('resize', update);
    return () => {
      window.removeEventListener('scroll', update, true);
      window.removeEventListener('resize', update);
    };
  }, [anchor]);
  return box;
}

interface ListProps extends DropdownProps {
  options: ComboOption[];
  width: number;
  loading?: boolean;
  /** Said when nothing matches (after typing enough to search). */
  empty?: string;
}

export function OptionList({ ref, anchor, listId, onPick, onActive, options, width, loading, empty }: ListProps) {
  const { t } = useTranslation();
  const box = useAnchorBox(anchor);
  const [active, setActive] = useState(0);
  const current = options.length === 0 ? -1 : Math.min(active, options.length - 1);
  const optionId = (i: number) => `${listId}-${i}`;
  const activeId = current >= 0 ? `${listId}-${current}` : undefined;
  useEffect(() => onActive(activeId), [activeId, onActive]);
  useImperativeHandle(
    ref,
    () => ({
      onKey: (key) => {
        if (options.length === 0) return false;
        if (key === 'ArrowDown') setActive((current + 1) % options.length);
        else if (key === 'ArrowUp') setActive((current - 1 + options.length) % options.length);
        else if (key === 'Enter') onPick(options[current]!.value);
        else return false;
        return true;
      },
    }),
    [options, current, onPick],
  );
  const listRef = useRef<HTMLUListElement>(null);
  useEffect(() => {
    listRef.current?.querySelector('[data-active="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [current]);
  const below = window.innerHeight - box.bottom > 200;
  return (
    <Portal>
      <ul
        ref={listRef}
        id={listId}
        role="listbox"
        className={classes.dropdown}
        style={{
          left: Math.max(4, Math.min(box.left, window.innerWidth - width - 4)),
          width,
          ...(below ? { top: box.bottom + 2 } : { bottom: window.innerHeight - box.top + 2 }),
        }}
      >
        {options.map((o, i) => (
          <li
            key={o.value}
            id={optionId(i)}
            role="option"
            aria-selected={i === current}
            data-active={i === current}
            className={classes.option}
            // mousedown, not click: the input keeps the focus, so Tab goes on from here.
            onMouseDown={(e) => {
              e.preventDefault();
              onPick(o.value);
            }}
            onMouseEnter={() => setActive(i)}
          >
            {o.label}
          </li>
        ))}
        {options.length === 0 && <li className={classes.empty}>{loading ? t('common.loading') : (empty ?? t('customs.editor.nothingFound'))}</li>}
      </ul>
    </Portal>
  );
}

interface CellComboProps {
  id: string;
  label: string;
  registration: UseFormRegisterReturn;
  onPick: (value: string) => void;
  Dropdown: ComponentType<DropdownProps>;
  invalid: boolean;
  title?: string;
  className?: string;
}

export function CellCombo({ id, label, registration, onPick, Dropdown, invalid, title, className }: CellComboProps) {
  const [anchor, setAnchor] = useState<HTMLInputElement | null>(null);
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [activeId, setActiveId] = useState<string>();
  const list = useRef<DropdownHandle>(null);
  const listId = `${id}-options`;
  const show = (input: HTMLInputElement) => {
    setAnchor(input);
    setQuery(input.value);
    setOpen(true);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return; // row shortcuts (Alt+arrows, Ctrl+Enter) belong to the table
    if (!open) {
      if (e.key === 'ArrowDown') {
        e.preventDefault();
        show(e.currentTarget);
      }
      return;
    }
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      setOpen(false);
    } else if (list.current?.onKey(e.key)) {
      e.preventDefault();
      e.stopPropagation();
    }
  };
  return (
    <>
      <input
        {...registration}
        id={id}
        className={className}
        aria-label={label}
        aria-invalid={invalid}
        title={title}
        role="combobox"
        aria-expanded={open}
        aria-controls={open ? listId : undefined}
        aria-autocomplete="list"
        aria-activedescendant={open ? activeId : undefined}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => {
          void registration.onChange(e);
          show(e.currentTarget);
        }}
        onBlur={(e) => {
          setOpen(false);
          return registration.onBlur(e);
        }}
        onClick={(e) => show(e.currentTarget)}
        onKeyDown={onKeyDown}
      />
      {open && anchor && (
        <Dropdown
          ref={list}
          anchor={anchor}
          query={query}
          listId={listId}
          onActive={setActiveId}
          onPick={(value) => {
            onPick(value);
            setOpen(false);
          }}
        />
      )}
    </>
  );
}
