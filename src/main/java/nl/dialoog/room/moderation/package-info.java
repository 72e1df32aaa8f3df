/**
 * Running a room: what staff (hosts and moderators) do to people and settings — mute, remove, appoint, invite,
 * slow mode, chat on/off, pre-moderation, the list of who is here — each audited; and the audience's light signals
 * they watch: raised hands and emoji reactions (counted per second, never logged one by one). Also attendance for
 * organisers, made from the room's visits.
 */
package nl.dialoog.room.moderation;
