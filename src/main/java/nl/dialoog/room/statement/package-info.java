/**
 * Statements (Pol.is style): short claims seeded by moderators or submitted by participants (pre-moderated by
 * default), each voted agree / disagree / pass by every participant, one at a time. Votes are kept per participant
 * for the results and are not broadcast: only staff see counts, when they ask.
 */
package nl.dialoog.room.statement;
