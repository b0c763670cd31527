// Lets many commands use the database at once, or one task alone (restore swaps the file, close
// destroys the handle): the lone task waits for the others to finish and new ones wait for it.
export class Gate {
  private shared = 0;
  private drained: (() => void)[] = [];
  private alone: Promise<void> | null = null;

  async run<T>(task: () => Promise<T>): Promise<T> {
    while (this.alone) await this.alone;
    this.shared++;
    try {
      return await task();
    } finally {
      if (--this.shared === 0) for (const wake of this.drained.splice(0)) wake();
    }
  }

  async exclusive<T>(task: () => Promise<T>): Promise<T> {
    while (this.alone) await this.alone;
    let done!: () => void;
    this.alone = new Promise((resolve) => (done = resolve));
    try {
      if (this.shared > 0) await new Promise<void>((resolve) => this.drained.push(resolve));
      return await task();
    } finally {
      this.alone = null;
      done();
    }
  }
}
