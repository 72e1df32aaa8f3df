/**
 * Questions for the panel: asking (optionally anonymous to other participants, never to moderators), upvotes once
 * per person, pre-moderation, answering, dismissing, merging duplicates and pinning the one now discussed.
 */
package nl.dialoog.room.qa;
