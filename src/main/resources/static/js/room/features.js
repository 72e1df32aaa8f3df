// The room's features, in the order their panels appear. Each module's default export is create(room), which
// returns { name, reset(snapshot), apply(frame) }; see room.js for what `room` offers.
import chat from './chat.js';
import qa from './qa.js';
import polls from './polls.js';
import statements from './statements.js';
import moderation from './moderation.js';
import profile from './profile.js';
import stageControls from '../stage/controls.js';

export default [chat, qa, polls, statements, moderation, profile, stageControls];
