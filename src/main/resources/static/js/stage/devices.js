// Camera and microphone check: asks for both, lists the devices to choose from (names appear once the browser
// has been allowed), shows oneself and a live microphone level, and hands the chosen ids to whoever publishes.
export function deviceCheck(root, texts) {
  const button = root.querySelector('.devices-check');
  const fields = root.querySelector('.devices-fields');
  const camera = root.querySelector('.devices-camera');
  const microphone = root.querySelector('.devices-microphone');
  const meter = root.querySelector('.devices-level');
  const preview = root.querySelector('.devices-preview');
  let stream = null;
  let audio = null;
  let frame = 0;

  function stop() {
    cancelAnimationFrame(frame);
    stream?.getTracks().forEach((track) => track.stop());
    stream = null;
    audio?.close();
    audio = null;
  }

  function fill(select, devices, chosen) {
    select.replaceChildren(...devices.map((device, i) => {
      const option = document.createElement('option');
      option.value = device.deviceId;
      option.textContent = device.label || texts.defaultDevice + ' ' + (i + 1);
      option.selected = device.deviceId === chosen;
      return option;
    }));
  }

  // The level is the loudest sample of each frame, as a meter people know from any recorder.
  function measure() {
    audio = new AudioContext();
    audio.resume();
    const analyser = audio.createAnalyser();
    analyser.fftSize = 512;
    audio.createMediaStreamSource(stream).connect(analyser);
    const samples = new Float32Array(analyser.fftSize);
    const tick = () => {
      analyser.getFloatTimeDomainData(samples);
      meter.value = samples.reduce((peak, s) => Math.max(peak, Math.abs(s)), 0);
      frame = requestAnimationFrame(tick);
    };
    tick();
  }

  async function start() {
    stop();
    const wanted = {
      audio: microphone.value ? { deviceId: { exact: microphone.value } } : true,
      video: camera.value ? { deviceId: { exact: camera.value } } : true,
    };
    try {
      stream = await navigator.mediaDevices.getUserMedia(wanted);
    } catch (denied) {
      fields.hidden = true;
      throw new Error(texts.denied);
    }
    const devices = await navigator.mediaDevices.enumerateDevices();
    const inUse = (kind) => stream.getTracks().find((t) => t.kind === kind)?.getSettings().deviceId;
    fill(camera, devices.filter((d) => d.kind === 'videoinput'), inUse('video'));
    fill(microphone, devices.filter((d) => d.kind === 'audioinput'), inUse('audio'));
    preview.srcObject = stream;
    fields.hidden = false;
    measure();
  }

  camera.addEventListener('change', () => start().catch(() => {}));
  microphone.addEventListener('change', () => start().catch(() => {}));

  return {
    button,
    start,
    stop,
    // The devices chosen, for publishing; undefined lets the browser pick.
    chosen: () => ({ camera: camera.value || undefined, microphone: microphone.value || undefined }),
  };
}
