package nl.dialoog.stage;

import nl.dialoog.shared.DomainError;

/**
 * A stage request that cannot be done, the form {@link #field()} it concerns (or {@code null}). Nothing was
 * changed. Told apart from other refusals where Janus being away must not stop a scheduled job.
 */
public class StageRefused extends DomainError {

    public StageRefused(String field, String messageKey) {
        super(field, messageKey);
    }
}
