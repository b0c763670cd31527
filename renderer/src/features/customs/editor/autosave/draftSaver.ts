// Autosave of a draft, outside React: every change that passes the schema is saved about 700 ms
// after the typing stops, naming the revision it was typed on. A save another window overtook is
// refused (staleRevision) and autosave stops there: nothing is ever overwritten silently. Until a
// save lands, the typed values stay in local storage.
import type { z } from 'zod';
import type { CommandInput, CommandResult } from '../../../../../../shared/api/contract';
import type { DocumentLanguage, DocumentType } from '../../../../../../shared/schemas/customs';
import type { Paper } from '../../../../../../shared/documents/html';
import { toAppError, type AppError } from '../../../../api/errors';
import { clearLocalCopy, writeLocalCopy } from './localCopy';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  /** Something typed does not pass the schema yet: shown beside the field, saved once fixed. */
  | { kind: 'invalid'; count: number }
  | { kind: 'error'; error: AppError }
  /** Another window saved since this one loaded: reload before going on. */
  | { kind: 'stale'; error: AppError }
  /** The document was finalised or voided meanwhile. */
  | { kind: 'notDraft'; error: AppError };

export interface Snapshot {
  data: Record<string, unknown>;
  lang: DocumentLanguage;
  paper: Paper;
}

interface Options {
  id: number;
  type: DocumentType;
  revision: number;
  schema: z.ZodType;
  /** The form's values as they are now. */
  read: () => Record<string, unknown>;
  save: (input: CommandInput<'customs.saveDraft'>) => Promise<CommandResult<'customs.saveDraft'>>;
  /** The saved content as loaded, so opening the page and changing nothing saves nothing. */
  saved: Snapshot;
  savedAt: string;
  delayMs?: number;
  /** After each save that landed (the check and the preview follow it). */
  onSaved?: () => void;
}

const LOCAL_DELAY_MS = 200;

export class DraftSaver {
  revision: number;
  /** The document's own language and paper, saved with the draft. */
  private settings: Pick<Snapshot, 'lang' | 'paper'>;
  private state: SaveState = { kind: 'idle' };
  private listeners = new Set<() => void>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private localTimer: ReturnType<typeof setTimeout> | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private savedAt: string | undefined;
  private lastSaved: string;
  private stopped = false;

  constructor(private readonly options: Options) {
    this.revision = options.revision;
    this.settings = { lang: options.saved.lang, paper: options.saved.paper };
    this.lastSaved = this.fingerprint(options.saved);
    this.savedAt = options.savedAt;
    this.state = { kind: 'saved', at: options.savedAt };
  }

  getState = (): SaveState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(state: SaveState) {
    this.state = state;
    for (const l of this.listeners) l();
  }

  private blocked(): boolean {
    return this.stopped || this.state.kind === 'stale' || this.state.kind === 'notDraft';
  }

  /** What a save would send, canonical: the parsed data plus the document's language and paper. */
  private fingerprint(s: Snapshot): string {
    const parsed = this.options.schema.safeParse(s.data);
    return JSON.stringify([s.lang, s.paper, parsed.success ? parsed.data : s.data]);
  }

  setSettings(settings: Pick<Snapshot, 'lang' | 'paper'>): void {
    this.settings = settings;
    this.changed();
  }

  private snapshot(): Snapshot {
    return { data: this.options.read(), ...this.settings };
  }

  /** True when these values differ from what is saved (a local copy worth offering back). */
  differs(snapshot: Snapshot): boolean {
    return this.fingerprint(snapshot) !== this.lastSaved;
  }

  /** Called on every change of the form or of the document's language or paper. */
  /**
   * Called on every change of the form. react-hook-form also calls it when only validity or focus
   * changed, so this only schedules; whether anything really changed is decided by comparing
   * contents. `typed` (an input event) says "unsaved" at once rather than after that comparison.
   */
  changed(typed = false): void {
    if (this.stopped) return;
    clearTimeout(this.localTimer);
    this.localTimer = setTimeout(() => this.keepLocally(), LOCAL_DELAY_MS);
    if (this.blocked()) return;
    if (typed && (this.state.kind === 'saved' || this.state.kind === 'idle')) this.set({ kind: 'pending' });
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.options.delayMs ?? 700);
  }

  /** Writes the local copy now (also before the window closes); says "unsaved" when it differs. */
  keepLocally(): void {
    clearTimeout(this.localTimer);
    this.localTimer = undefined;
    const snapshot = this.snapshot();
    if (this.fingerprint(snapshot) === this.lastSaved) {
      clearLocalCopy(this.options.id);
      return;
    }
    writeLocalCopy({ id: this.options.id, baseRevision: this.revision, editedAt: new Date().toISOString(), ...snapshot });
    if (this.state.kind === 'saved' || this.state.kind === 'idle') this.set({ kind: 'pending' });
  }

  /**
   * Saves now if anything changed; true when what is on screen is saved. Saves run one after
   * another: two at once would both name the same revision and the second would be refused.
   */
  flush(): Promise<boolean> {
    clearTimeout(this.timer);
    const next = this.queue.then(() => this.saveOnce());
    this.queue = next.catch(() => false);
    return next;
  }

  private async saveOnce(): Promise<boolean> {
    if (this.blocked()) return false;
    const snapshot = this.snapshot();
    const parsed = this.options.schema.safeParse(snapshot.data);
    if (!parsed.success) {
      this.set({ kind: 'invalid', count: new Set(parsed.error.issues.map((i) => i.path.join('.'))).size });
      return false;
    }
    const fingerprint = JSON.stringify([snapshot.lang, snapshot.paper, parsed.data]);
    if (fingerprint === this.lastSaved) {
      this.set(this.savedAt ? { kind: 'saved', at: this.savedAt } : { kind: 'idle' });
      clearLocalCopy(this.options.id);
      return true;
    }
    this.set({ kind: 'saving' });
    try {
      const result = await this.options.save({
        id: this.options.id,
        revision: this.revision,
        lang: snapshot.lang,
        paper: snapshot.paper,
        content: { type: this.options.type, data: parsed.data } as CommandInput<'customs.saveDraft'>['content'],
      });
      this.revision = result.revision;
      this.lastSaved = fingerprint;
      this.savedAt = result.updatedAt;
      // Typing may have gone on while the save was on its way: keep that locally, on the new base.
      this.keepLocally();
      const current = this.fingerprint(this.snapshot()) === fingerprint;
      // Changes typed during the save are saved by the timer changed() set meanwhile.
      this.set(current ? { kind: 'saved', at: result.updatedAt } : { kind: 'pending' });
      this.options.onSaved?.();
      return current;
    } catch (caught) {
      const error = toAppError(caught);
      if (error.code === 'customsErrors.staleRevision') this.set({ kind: 'stale', error });
      else if (error.code === 'customsErrors.notDraft') this.set({ kind: 'notDraft', error });
      else this.set({ kind: 'error', error });
      this.keepLocally();
      return false;
    }
  }

  /** Leaving the page: what is pending is saved now, then this saver stops. */
  close(): void {
    if (this.stopped) return;
    if (this.localTimer !== undefined) this.keepLocally();
    const pending = this.state.kind === 'pending';
    void (pending ? this.flush() : Promise.resolve(true)).finally(() => this.stop());
  }

  /** The page is closing or the document stopped being a draft: no more saves from here. */
  stop(): void {
    clearTimeout(this.timer);
    if (this.localTimer !== undefined) this.keepLocally();
    this.stopped = true;
  }
}
