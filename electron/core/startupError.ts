// The error the core throws when it cannot start; `userMessage` is what the person at the desk reads.
// Its own file so the database layer can extend it without importing the whole app.
export class StartupError extends Error {
  constructor(
    message: string,
    readonly userMessage: string,
  ) {
    super(message);
  }
}
