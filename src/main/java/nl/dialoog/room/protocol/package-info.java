/**
 * The room's wire format, in one place: every frame the server sends ({@link nl.dialoog.room.protocol.Frame}) and
 * every command it accepts ({@link nl.dialoog.room.protocol.Command}), as records that Jackson writes and reads. A
 * frame's or command's name on the wire is the {@code @JsonTypeName} of its type, written nowhere else.
 */
package nl.dialoog.room.protocol;
