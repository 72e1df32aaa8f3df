package nl.dialoog.mail;

/** Where a mail is: waiting, being sent, sent, waiting for another try, or given up on. */
public enum MailStatus {
    QUEUED, SENDING, SENT, RETRYING, FAILED
}
