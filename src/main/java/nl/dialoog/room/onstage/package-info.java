/**
 * The stage as the room runs it: moderators put the stage live and take it off, mute or remove a panelist, bring an
 * attendee with a raised hand on stage and send them back; panelists and guests on stage get their Janus passes
 * here (to publish, or for the backstage). The room decides who may; the {@code stage} module acts at Janus.
 */
package nl.dialoog.room.onstage;
