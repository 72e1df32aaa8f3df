// The room's connection. WebSocket first; where sockets are blocked (two attempts that never got a frame), Server-Sent
// Events carry the frames and POST carries the commands. Frames from the log are applied strictly in order: one
// already seen is skipped, one after a gap is dropped and the missed part is asked for again ("resume").
const utf8 = new TextEncoder();

export class RoomConnection {
  constructor(config, handlers) {
    this.config = config;
    this.handlers = handlers; // { frame(frame), state(name) }
    this.lastSeq = 0;
    this.bytes = 0;
    this.mode = 'WebSocket' in window ? 'socket' : 'stream';
    this.socketFailures = 0;
    this.retries = 0;
    this.pending = new Map();
    this.nextRef = 1;
    this.resuming = false;
    this.missedWhileResuming = false;
    this.online = false;
    this.stopped = false;
  }

  start() {
    addEventListener('online', () => this.reconnectNow());
    addEventListener('offline', () => this.drop());
    this.connect();
  }

  connect() {
    clearTimeout(this.timer);
    if (this.stopped) return;
    this.handlers.state('connecting');
    this.resuming = true;
    if (this.mode === 'socket') this.openSocket(); else this.openStream();
  }

  openSocket() {
    const ws = new WebSocket((location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/room/socket');
    let received = false;
    this.socket = ws;
    ws.onopen = () => {
      ws.send(JSON.stringify({ type: 'hello', pass: this.config.pass, since: this.lastSeq, lang: this.config.lang }));
      // a few bytes every 45 s keep routers from forgetting an idle connection
      clearInterval(this.keepAlive);
      this.keepAlive = setInterval(() => {
        if (this.socket === ws && ws.readyState === WebSocket.OPEN) ws.send('{"type":"ping"}');
      }, 45000);
    };
    ws.onmessage = (event) => {
      if (this.socket !== ws) return;
      received = true;
      this.connected();
      this.receive(event.data);
    };
    ws.onclose = (event) => {
      if (this.socket !== ws) return;
      this.socket = null;
      if (event.code === 4403) return this.refused();
      // 4429: over a limit (the 'limited' frame said why); the socket itself works
      if (!received && event.code !== 4429 && ++this.socketFailures >= 2) this.mode = 'stream';
      this.lost();
    };
  }

  openStream() {
    const query = new URLSearchParams({ pass: this.config.pass, since: this.lastSeq, lang: this.config.lang });
    const stream = new EventSource('/room/stream?' + query);
    this.stream = stream;
    stream.onmessage = (event) => {
      if (this.stream !== stream) return;
      this.connected();
      this.receive(event.data);
    };
    stream.onerror = () => {
      if (this.stream !== stream) return;
      stream.close();
      this.stream = null;
      this.lost();
    };
  }

  connected() {
    if (this.online) return;
    this.online = true;
    this.retries = 0;
    if (this.mode === 'socket') this.socketFailures = 0;
    this.handlers.state(this.mode === 'socket' ? 'online' : 'fallback');
    if (this.mode === 'stream' && 'WebSocket' in window) this.probeLater();
  }

  // In compatibility mode, tries now and then whether a socket opens again (a drop of a few seconds is enough to
  // land here; a proxy that blocks sockets keeps us here). The probe says no hello, so the server opens nothing;
  // once it opens, the stream gives way to a socket that resumes from the last number. Waits grow to 5 minutes.
  probeLater() {
    clearTimeout(this.probeTimer);
    const wait = Math.min(300000, 10000 * 2 ** (this.probes || 0)) * (0.75 + Math.random() / 2);
    this.probeTimer = setTimeout(() => this.probe(), wait);
  }

  probe() {
    if (this.stopped || this.mode !== 'stream') return;
    const ws = new WebSocket((location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/room/socket');
    const give = setTimeout(() => ws.close(), 10000);
    ws.onopen = () => {
      clearTimeout(give);
      ws.close();
      if (this.stopped || this.mode !== 'stream') return;
      this.probes = 0;
      this.socketFailures = 0;
      this.mode = 'socket';
      const stream = this.stream;
      this.stream = null;
      if (stream) stream.close();
      this.online = false;
      this.failPending();
      this.connect();
    };
    ws.onerror = () => {
      clearTimeout(give);
      this.probes = (this.probes || 0) + 1;
      if (this.mode === 'stream' && this.online) this.probeLater();
    };
  }

  lost() {
    this.online = false;
    this.failPending();
    if (this.stopped) return;
    // after a 'limited' frame its text stays shown, and the wait it asked for is kept
    const wait = this.limitedFor || 0;
    this.limitedFor = 0;
    if (!wait) this.handlers.state('offline');
    const delay = Math.max(wait, Math.min(15000, 1000 * 2 ** this.retries++) * (0.5 + Math.random()));
    this.timer = setTimeout(() => this.connect(), delay);
  }

  drop() {
    const socket = this.socket;
    const stream = this.stream;
    this.socket = null;
    this.stream = null;
    if (socket) socket.close();
    if (stream) stream.close();
    if (socket || stream) this.lost();
  }

  reconnectNow() {
    if (!this.online && !this.socket && !this.stream) this.connect();
  }

  refused() {
    this.stopped = true;
    this.online = false;
    this.failPending();
    this.handlers.state('removed');
  }

  receive(text) {
    this.bytes += utf8.encode(text).length;
    if (this.handlers.received) this.handlers.received(this.bytes);
    for (const frame of JSON.parse(text)) this.frame(frame);
  }

  frame(frame) {
    if (frame.seq !== undefined) {
      if (frame.seq <= this.lastSeq) return;
      if (frame.seq > this.lastSeq + 1) {
        if (this.resuming) this.missedWhileResuming = true; else this.resume();
        return;
      }
      this.lastSeq = frame.seq;
      this.handlers.frame(frame);
      return;
    }
    switch (frame.kind) {
      case 'snapshot':
        this.lastSeq = frame.data.seq;
        this.caughtUp();
        this.handlers.frame(frame);
        break;
      case 'resumed':
        this.caughtUp();
        break;
      case 'resync':
        this.resume();
        break;
      case 'limited':
        // over a limit (too many windows, or reconnecting too often): the server closes; say why, wait, try again
        this.limitedFor = frame.data.retryAfter * 1000 * (1 + Math.random() / 2);
        this.handlers.state('limited', frame.data.message);
        break;
      case 'ack':
      case 'error':
        this.settle(frame);
        break;
      case 'you.removed':
        // a moderator removed this person: the server closes as refused; stop now, whatever the transport
        this.handlers.frame(frame);
        this.refused();
        break;
      default:
        this.handlers.frame(frame);
    }
  }

  caughtUp() {
    this.resuming = false;
    if (this.missedWhileResuming) {
      this.missedWhileResuming = false;
      this.resume();
    }
  }

  resume() {
    this.resuming = true;
    if (this.socket && this.socket.readyState === WebSocket.OPEN) {
      this.socket.send(JSON.stringify({ type: 'resume', since: this.lastSeq }));
    } else if (this.stream) {
      this.stream.close();
      this.stream = null;
      this.connect();
    }
  }

  // Sends a command; resolves with the acknowledgement's result, rejects with { code, message }.
  send(type, body = {}) {
    const ref = 'r' + this.nextRef++;
    const command = Object.assign({}, body, { type, ref });
    if (this.online && this.socket && this.socket.readyState === WebSocket.OPEN) {
      return new Promise((resolve, reject) => {
        this.pending.set(ref, { resolve, reject });
        this.socket.send(JSON.stringify(command));
      });
    }
    if (this.online && this.mode === 'stream') {
      return fetch('/room/commands?lang=' + encodeURIComponent(this.config.lang), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Room-Pass': this.config.pass },
        body: JSON.stringify(command),
      }).then((response) => {
        if (response.status === 403) {
          this.refused();
          throw this.offline();
        }
        return response.json();
      }, () => { throw this.offline(); }).then((frame) => {
        if (frame.kind === 'ack') return frame.data.result;
        throw frame.data || this.offline();
      });
    }
    return Promise.reject(this.offline());
  }

  settle(frame) {
    const waiting = this.pending.get(frame.data.ref);
    if (!waiting) return;
    this.pending.delete(frame.data.ref);
    if (frame.kind === 'ack') waiting.resolve(frame.data.result); else waiting.reject(frame.data);
  }

  failPending() {
    for (const waiting of this.pending.values()) waiting.reject(this.offline());
    this.pending.clear();
  }

  offline() {
    return { code: 'room.error.offline', message: this.config.texts['error.offline'] };
  }
}
