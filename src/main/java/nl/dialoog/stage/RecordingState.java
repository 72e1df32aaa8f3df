package nl.dialoog.stage;

/** Where an event's recording stands: being recorded, waiting to be processed, processing, playable, or failed. */
public enum RecordingState {
    RECORDING, STOPPED, PROCESSING, READY, FAILED
}
