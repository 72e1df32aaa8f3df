// Publishing, for the room's panelists and staff: camera and microphone on the participant's own handle (with
// simulcast, so every attendee can get a layer their connection carries), and a shared screen on a second handle
// that joins as its own publisher, so attendees can show it large beside the speaker.
import { screenDisplay } from './layout.js';

const PLUGIN = 'janus.plugin.videoroom';

export class Publishing {
  constructor({ session, participant, config, texts, say, layout, own, ownId }) {
    Object.assign(this, { session, participant, config, texts, say, layout, own, ownId });
    this.camera = document.getElementById('stage-camera');
    this.screenButton = document.getElementById('stage-screen');
    this.live = false;
    this.screen = null;
    this.camera?.addEventListener('click', () => (this.live ? this.stop() : this.start()));
    this.screenButton?.addEventListener('click', () => (this.screen ? this.stopScreen() : this.share()));
    if (this.screenButton && !navigator.mediaDevices?.getDisplayMedia) {
      this.screenButton.hidden = true;
    }
  }

  start() {
    this.camera.disabled = true;
    this.participant.createOffer({
      tracks: [
        { type: 'audio', capture: true, recv: false },
        { type: 'video', capture: true, recv: false, simulcast: true },
      ],
      success: jsep => {
        this.participant.send({ message: { request: 'publish', audio: true, video: true }, jsep });
        this.live = true;
        this.toggle(this.camera, true, this.texts.cameraOff);
      },
      error: () => {
        this.say(this.texts.cameraDenied);
        this.camera.disabled = false;
      },
    });
  }

  stop() {
    this.camera.disabled = true;
    this.participant.send({ message: { request: 'unpublish' } });
  }

  /** Janus confirmed the unpublish: close the connection and free the camera. */
  unpublished() {
    this.participant.hangup();
    this.live = false;
    this.layout.remove(this.ownId);
    this.toggle(this.camera, false, this.texts.cameraOn);
  }

  localTrack(track, on) {
    if (track.kind !== 'video') {
      return;
    }
    this.layout.self(this.ownId, this.config.name);
    this.layout.track(this.ownId, track, on);
  }

  share() {
    this.screenButton.disabled = true;
    this.session.attach({
      plugin: PLUGIN,
      success: handle => {
        this.screen = handle;
        handle.send({ message: { request: 'join', room: this.config.room, ptype: 'publisher',
          display: screenDisplay(this.config.name), token: this.config.token } });
      },
      error: () => this.endScreen(),
      onmessage: (message, jsep) => {
        if (message.videoroom === 'joined') {
          this.own.add(message.id);
          this.screen.createOffer({
            tracks: [{ type: 'screen', capture: true, recv: false }],
            success: offer => {
              this.screen.send({ message: { request: 'publish', video: true }, jsep: offer });
              this.toggle(this.screenButton, true, this.texts.screenOff);
            },
            error: () => this.endScreen(),
          });
        }
        if (jsep) {
          this.screen?.handleRemoteJsep({ jsep });
        }
      },
      onlocaltrack: (track, on) => {
        if (!on) {
          // the person stopped sharing from the browser's own bar
          this.endScreen();
        }
      },
    });
  }

  stopScreen() {
    this.endScreen();
  }

  endScreen() {
    this.screen?.detach();
    this.screen = null;
    this.toggle(this.screenButton, false, this.texts.screenOn);
  }

  toggle(button, pressed, label) {
    if (!button) {
      return;
    }
    button.disabled = false;
    button.dataset.on = String(pressed);
    button.textContent = label;
  }

  connection() {
    return this.participant.webrtcStuff?.pc ?? null;
  }
}
