package nl.dialoog.stage;

/** What a person does on the stage; moderators and panelists publish, attendees watch. */
public enum StageRole {
    MODERATOR, PANELIST, ATTENDEE;

    public boolean publishes() {
        return this != ATTENDEE;
    }
}
