// Weak connections. Each attendee chooses video and sound, or sound only (their subscriptions then carry no video
// at all); text only leaves the stage out of the page. The simulcast layer starts low on small screens and where
// the browser reports a slow connection or asks to save data, and steps down by itself when packets are lost.

const KEY = 'dialoog.stage.quality';
const LOSS_DOWN = 0.05;
const LOSS_UP = 0.01;
const CHECK_MS = 4000;
const CALM_CHECKS_TO_STEP_UP = 8;

export function chosenMode() {
  try {
    return localStorage.getItem(KEY) === 'audio' ? 'audio' : 'video';
  } catch {
    return 'video';
  }
}

export function rememberMode(mode) {
  try {
    localStorage.setItem(KEY, mode);
  } catch {
    // private windows may refuse storage; the choice then lasts for this page only
  }
}

function constrained() {
  const narrow = window.matchMedia('(max-width: 599px)').matches;
  const connection = navigator.connection;
  const slow = Boolean(connection && (connection.saveData
      || ['slow-2g', '2g', '3g'].includes(connection.effectiveType)));
  return narrow || slow;
}

/** Which simulcast layer to ask for (0 = lowest), and when to change it. */
export class Layers {
  constructor(onChange) {
    this.onChange = onChange;
    this.highest = constrained() ? 1 : 2;
    this.substream = constrained() ? 0 : 2;
    this.last = null;
    this.calm = 0;
  }

  /** Compares packets lost and received since the last look, over all the stage's incoming streams. */
  observe(lost, received) {
    if (this.last) {
      const newLost = lost - this.last.lost;
      const newReceived = received - this.last.received;
      const total = newLost + newReceived;
      if (total > 50) {
        const ratio = newLost / total;
        if (ratio > LOSS_DOWN && this.substream > 0) {
          this.calm = 0;
          this.set(this.substream - 1, true);
        } else if (ratio < LOSS_UP && ++this.calm >= CALM_CHECKS_TO_STEP_UP && this.substream < this.highest) {
          this.calm = 0;
          this.set(this.substream + 1, false);
        }
      }
    }
    this.last = { lost, received };
  }

  set(substream, down) {
    this.substream = substream;
    this.onChange(substream, down);
  }

  /** Looks at the connections' statistics every few seconds. */
  watch(connections) {
    return setInterval(async () => {
      let lost = 0;
      let received = 0;
      for (const pc of connections()) {
        const stats = await pc.getStats().catch(() => null);
        stats?.forEach(report => {
          if (report.type === 'inbound-rtp') {
            lost += Math.max(0, report.packetsLost ?? 0);
            received += report.packetsReceived ?? 0;
          }
        });
      }
      this.observe(lost, received);
    }, CHECK_MS);
  }
}
