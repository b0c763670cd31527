// The one sound of a scan, at the shelf and at the bench: the picker or clerk looks at the goods, not
// the screen, so a refusal must be heard. Low and harsh enough to notice over warehouse noise.
let audio: AudioContext | undefined;

function tone(frequency: number, start: number, duration: number): void {
  if (!audio) return;
  const osc = audio.createOscillator();
  const gain = audio.createGain();
  osc.type = 'square';
  osc.frequency.value = frequency;
  gain.gain.value = 0.15;
  osc.connect(gain).connect(audio.destination);
  osc.start(audio.currentTime + start);
  osc.stop(audio.currentTime + start + duration);
}

/** Two low tones for a refusal, one short high blip for an accepted scan. Silent where audio is unavailable. */
export function beep(kind: 'reject' | 'accept'): void {
  try {
    audio ??= new AudioContext();
    if (kind === 'reject') {
      tone(220, 0, 0.18);
      tone(180, 0.22, 0.25);
    } else {
      tone(1200, 0, 0.06);
    }
  } catch {
    // No audio device (a test browser, a muted kiosk): the coloured message still says it.
  }
}
