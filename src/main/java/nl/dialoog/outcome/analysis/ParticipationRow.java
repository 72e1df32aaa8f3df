package nl.dialoog.outcome.analysis;

import java.util.Map;
import nl.dialoog.shared.SuppressionCell;

/**
 * One row of a participation table (a country, region or organisation type). People counts and contribution
 * counts come suppressed (see {@link Participation}); a share is null when a count it needs is hidden, and the
 * voice share also when the row has no attendees. Shares are fractions (0.25 = 25 %).
 */
public record ParticipationRow(String key, SuppressionCell registered, SuppressionCell attended,
                               Map<String, SuppressionCell> contributions, SuppressionCell contributionsTotal,
                               Double attendeeShare, Double contributionShare, Double voiceShare) {
}
