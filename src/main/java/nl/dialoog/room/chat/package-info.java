/** The room's chat: messages, replies, deletion, and the limits that keep it readable. */
package nl.dialoog.room.chat;
