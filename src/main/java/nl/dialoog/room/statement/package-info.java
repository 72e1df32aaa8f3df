/**
 * Statements (Pol.is style): short claims seeded by moderators or submitted by participants (pre-moderated by
 * default), each voted agree / disagree / pass by every participant, one at a time. Votes are kept per participant
 * for the results and are not broadcast: only staff see counts, when they ask. The live opinion map computed from
 * them (by {@code outcome}, through {@code Rooms}) reaches staff every few seconds, and everyone while the host
 * shares it.
 */
package nl.dialoog.room.statement;
