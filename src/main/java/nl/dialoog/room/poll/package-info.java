/**
 * Polls: prepared by moderators as drafts, launched live one at a time, answered once per person (single or
 * multiple choice), results shown when the moderators reveal them, closed polls kept readable.
 */
package nl.dialoog.room.poll;
