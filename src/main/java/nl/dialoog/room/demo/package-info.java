/**
 * The demo's recorded session: the 2017 edition's room as if the webinar had run in Dialoog, written into the
 * room's tables once its invented registrations exist, so the results have a whole session to report on.
 */
package nl.dialoog.room.demo;
