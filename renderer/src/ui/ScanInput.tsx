// The field a keyboard-wedge scanner types into, at the shelf and at the bench. A scanner sends the
// code and Enter into whatever has focus, so the field takes the focus back when it falls to
// nothing (a click on empty space), never away from another control the person chose.
import { TextInput, type TextInputProps } from '@mantine/core';
import { type KeyboardEvent, type Ref, useImperativeHandle, useRef } from 'react';

export interface ScanInputProps extends Omit<TextInputProps, 'onKeyDown' | 'onBlur'> {
  /** Enter was pressed (by the scanner or by hand); the value is as typed. */
  onEnter: () => void;
  /** While true the field leaves the focus alone (a dialog is open, say). */
  paused?: boolean;
  ref?: Ref<HTMLInputElement | null>;
}

export function ScanInput({ onEnter, paused = false, ref, ...props }: ScanInputProps) {
  const input = useRef<HTMLInputElement>(null);
  useImperativeHandle(ref, () => input.current!, []);
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    onEnter();
  };
  return (
    <TextInput
      ref={input}
      onKeyDown={onKeyDown}
      onBlur={(e) => {
        if (!paused && !e.relatedTarget) setTimeout(() => document.activeElement === document.body && input.current?.focus(), 0);
      }}
      autoComplete="off"
      spellCheck={false}
      {...props}
    />
  );
}
