/** How a person appears in the room: their display name and whether their organisation and country show. */
package nl.dialoog.room.profile;
