// The id a screen gives a long job (an import) so it can follow its progress and cancel it.
export function newJobId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}
