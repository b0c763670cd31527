// Audible feedback for scans: the picker watches the shelf, not the screen, so a wrong scan must be heard.
let context: AudioContext | undefined;

function tone(frequency: number, seconds: number, type: OscillatorType, volume: number): void {
  try {
    context ??= new AudioContext();
    const osc = context.createOscillator();
    const gain = context.createGain();
    osc.type = type;
    osc.frequency.value = frequency;
    gain.gain.value = volume;
    osc.connect(gain).connect(context.destination);
    osc.start();
    osc.stop(context.currentTime + seconds);
  } catch {
    // No audio device (or autoplay refused): the coloured message still tells the picker.
  }
}

export const beepAccepted = () => tone(880, 0.08, 'sine', 0.2);
/** Low, harsh and long enough to notice over warehouse noise. */
export const beepRejected = () => tone(196, 0.35, 'square', 0.35);
