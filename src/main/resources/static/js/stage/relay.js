// Watching the stage through a relay Janus (Janus's Streaming plugin): the stage's VideoRoom forwards each person on
// stage to a mountpoint there, and Dialoog tells the page which (config.relay, then the room's stage.relayed answer,
// see controls.js). Per mountpoint: watch → Janus's offer → our answer → start. Sound only watches the audio mid
// alone, so no video is sent. With no VideoRoom to say who speaks, the loudest sound received marks the speaker.
const PLUGIN = 'janus.plugin.streaming';
const SPEAKING = 0.05; // audioLevel (0..1) above which a person counts as speaking

export class RelayWatch {
  constructor({ session, layout, texts, say, mode, onChange }) {
    Object.assign(this, { session, layout, texts, say, mode, onChange });
    this.feeds = new Map(); // by mountpoint
    this.timer = setInterval(() => this.listen(), 1500);
  }

  /** Brings the page in step with what the relay carries now (a list of {mountpoint, feed, display}). */
  update(list) {
    const wanted = new Map(list.map((f) => [f.mountpoint, f]));
    for (const [mountpoint, feed] of this.feeds) {
      const now = wanted.get(mountpoint);
      if (!now || now.feed !== feed.feed) {
        this.drop(feed);
      }
    }
    for (const feed of list) {
      if (!this.feeds.has(feed.mountpoint)) {
        this.feeds.set(feed.mountpoint, { ...feed });
        this.layout.tile(feed.feed, feed.display);
        this.watch(this.feeds.get(feed.mountpoint));
      }
    }
    this.onChange();
  }

  /** The attendee chose another mode: watch every mountpoint again with it. */
  rewatch() {
    for (const feed of this.feeds.values()) {
      this.watch(feed);
    }
  }

  watch(feed) {
    feed.handle?.detach();
    feed.handle = null;
    this.layout.clear(feed.feed);
    this.session.attach({
      plugin: PLUGIN,
      success: (handle) => {
        feed.handle = handle;
        handle.send({ message: { request: 'watch', id: feed.mountpoint,
          ...(this.mode() === 'audio' ? { media: ['a'] } : {}) } });
      },
      error: () => this.say(this.texts.failed),
      onmessage: (message, jsep) => {
        if (message.error) {
          // the mountpoint went (its person left): the next update drops it
          return;
        }
        if (jsep && feed.handle) {
          feed.handle.createAnswer({
            jsep,
            tracks: [],
            success: (answer) => feed.handle?.send({ message: { request: 'start' }, jsep: answer }),
            error: () => this.say(this.texts.failed),
          });
        }
      },
      onremotetrack: (track, mid, on) => {
        this.layout.track(feed.feed, track, on);
        this.onChange();
      },
    });
  }

  drop(feed) {
    feed.handle?.detach();
    this.feeds.delete(feed.mountpoint);
    this.layout.remove(feed.feed);
  }

  /** Marks whoever is loudest now as speaking (what the VideoRoom's audio-level events do for direct watchers). */
  async listen() {
    let loudest = null;
    let level = SPEAKING;
    for (const feed of this.feeds.values()) {
      const pc = feed.handle?.webrtcStuff?.pc;
      if (!pc) continue;
      const stats = await pc.getStats().catch(() => null);
      stats?.forEach((s) => {
        if (s.type === 'inbound-rtp' && s.kind === 'audio' && (s.audioLevel ?? 0) > level) {
          level = s.audioLevel;
          loudest = feed;
        }
      });
    }
    for (const feed of this.feeds.values()) {
      const speaking = feed === loudest;
      if (speaking !== Boolean(feed.speaking)) {
        feed.speaking = speaking;
        this.layout.talking(feed.feed, speaking);
      }
    }
  }

  connections() {
    return [...this.feeds.values()].map((f) => f.handle?.webrtcStuff?.pc).filter(Boolean);
  }

  list() {
    return [...this.feeds.values()].map((f) => ({ id: f.feed, display: f.display, mountpoint: f.mountpoint }));
  }
}
