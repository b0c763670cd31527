// Which sections and party groups are open, and revealing a field by its path: open what holds it,
// scroll it into view and put the cursor in it (problem links, ?field= in the address).
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { type Layout } from '../layout/types';
import { locate } from '../layout';

interface OpenState {
  sectionOpen: (id: string) => boolean;
  partyOpen: (path: string) => boolean;
  toggleSection: (id: string) => void;
  toggleParty: (path: string) => void;
  reveal: (path: string) => void;
}

const Context = createContext<OpenState | null>(null);

export function useOpenState(): OpenState {
  const state = useContext(Context);
  if (!state) throw new Error('useOpenState outside RevealProvider');
  return state;
}

const flip = (set: Set<string>, key: string, on?: boolean) => {
  const next = new Set(set);
  if (on ?? !next.has(key)) next.add(key);
  else next.delete(key);
  return next;
};

/**
 * Puts the cursor in the input whose id is the path once it is rendered and visible (a section
 * that was just opened takes a few frames). Gives up quietly after about a second.
 */
export function focusWhenReady(id: string, frames = 60): void {
  const el = document.getElementById(id);
  if (el && el.getClientRects().length > 0) {
    el.scrollIntoView({ block: 'center', inline: 'nearest' });
    el.focus({ preventScroll: true });
    // A group that was just unfolded is still growing: centre the field again once it has.
    setTimeout(() => {
      if (document.activeElement === el) el.scrollIntoView({ block: 'center', inline: 'nearest' });
    }, 300);
    return;
  }
  if (frames > 0) requestAnimationFrame(() => focusWhenReady(id, frames - 1));
}

/**
 * The cursor into a table cell after the table redrew: its input once the row is being edited, or
 * its text cell, whose focus puts the row into editing. Scrolls only as far as needed.
 */
export function focusCell(id: string, frames = 30): void {
  const el = document.getElementById(id);
  if (el) {
    el.focus({ preventScroll: true });
    el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    // Typing goes on after what is there, as in a spreadsheet's cell being edited.
    if (el instanceof HTMLInputElement) el.setSelectionRange(el.value.length, el.value.length);
    return;
  }
  if (frames > 0) requestAnimationFrame(() => focusCell(id, frames - 1));
}

export function RevealProvider({ layout, children }: { layout: Layout; children: ReactNode }) {
  // Sections start open (the broker reads the whole document); party groups start folded to one line.
  const [closedSections, setClosedSections] = useState<Set<string>>(() => new Set());
  const [openParties, setOpenParties] = useState<Set<string>>(() => new Set());
  const toggleSection = useCallback((id: string) => setClosedSections((s) => flip(s, id)), []);
  const toggleParty = useCallback((path: string) => setOpenParties((s) => flip(s, path)), []);
  const reveal = useCallback(
    (path: string) => {
      const where = locate(layout, path);
      if (where) {
        setClosedSections((s) => (s.has(where.section) ? flip(s, where.section, false) : s));
        const party = where.party;
        if (party) setOpenParties((s) => (s.has(party) ? s : flip(s, party, true)));
      }
      focusWhenReady(path);
    },
    [layout],
  );
  const value = useMemo<OpenState>(
    () => ({
      sectionOpen: (id) => !closedSections.has(id),
      partyOpen: (path) => openParties.has(path),
      toggleSection,
      toggleParty,
      reveal,
    }),
    [closedSections, openParties, toggleSection, toggleParty, reveal],
  );
  return <Context.Provider value={value}>{children}</Context.Provider>;
}
