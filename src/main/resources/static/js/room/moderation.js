// Placeholder until this feature's panel is built: takes part in the room without showing anything.
export default function create() {
  return { name: 'moderation', reset() {}, apply() {} };
}
