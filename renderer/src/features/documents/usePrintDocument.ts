// Printing a document from any screen: main renders it and shows it (a preview window in the
// desktop app); in the browser version it answers with an address, opened here in a new tab.
import { useCallback, useState } from 'react';
import type { CommandName } from '../../../../shared/api/commands';
import type { CommandInput, CommandResult } from '../../../../shared/api/contract';
import type { ShownDocument } from '../../../../shared/api/contracts/documents';
import { callCommand } from '../../api/client';
import { notifyError } from '../../app/notify';

/** Every command that answers with a shown document (documents.*, and any other area's printouts). */
export type PrintCommand = { [K in CommandName]: CommandResult<K> extends ShownDocument ? K : never }[CommandName];

export function usePrintDocument() {
  const [pending, setPending] = useState(false);
  const print = useCallback(async <K extends PrintCommand>(name: K, input: CommandInput<K>): Promise<ShownDocument | null> => {
    setPending(true);
    try {
      const shown = (await callCommand(name, input)) as ShownDocument;
      // noopener: the document tab gets no handle on the app's window (the page is sandboxed too).
      if (shown.url) window.open(shown.url, '_blank', 'noopener,noreferrer');
      return shown;
    } catch (error) {
      notifyError(error);
      return null;
    } finally {
      setPending(false);
    }
  }, []);
  return { print, pending };
}
