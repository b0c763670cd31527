// Turns an installer's output (npm scripts, Playwright, apt-get) into the few lines that say why it
// failed, for a one-screen message: no ANSI colours, stack frames, object dumps or repeated lines.
'use strict';

// eslint-disable-next-line no-control-regex -- an ANSI colour code starts with ESC; matching it is the point
const ANSI = /\u001b\[[0-9;]*[A-Za-z]/g;
const STACK_FRAME = /^at\s/;
const TELLING = /\b(error|errors|fail|failed|failure|cannot|can't|unable|denied|refused|timed? ?out|not found|E:)|ENOTFOUND|ECONN|ETIMEDOUT|EACCES/i;

/**
 * The lines of `text` that tell why something failed (at most `maxLines`, each at most 300
 * characters), joined with newlines; the last lines when none looks like an error; '' for no output.
 */
function summarizeOutput(text, maxLines = 3) {
  const lines = [];
  let inDump = false; // inside the `{ errno: ..., code: ... }` Node prints after an error
  for (const raw of String(text ?? '')
    .replace(ANSI, '')
    .split(/\r?\n|\r/)) {
    let line = raw.trim();
    if (inDump) {
      if (line.startsWith('}')) inDump = false;
      continue;
    }
    if (line.endsWith('{')) {
      inDump = true;
      line = line.slice(0, -1).trim();
    }
    if (!line || STACK_FRAME.test(line) || lines.includes(line)) continue;
    lines.push(line.length > 300 ? `${line.slice(0, 297)}...` : line);
  }
  const telling = lines.filter((line) => TELLING.test(line));
  return (telling.length > 0 ? telling.slice(0, maxLines) : lines.slice(-maxLines)).join('\n');
}

module.exports = { summarizeOutput };
