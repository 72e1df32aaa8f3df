package nl.dialoog.registration.privacy;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import nl.dialoog.registration.RegistrationId;
import nl.dialoog.registration.internal.Admission;
import nl.dialoog.registration.internal.OptionsStore;
import nl.dialoog.registration.internal.RegistrationSettings;
import nl.dialoog.registration.internal.RegistrationStore;
import nl.dialoog.shared.Audit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Expires registrations whose address was not confirmed within {@code dialoog.registration.unverified-expiry}
 * (default 48 hours): their links stop working, the address may register again and an invite code they used is
 * free again. (An unverified registration holds no place; it would take one only when verified.)
 *
 * <p>Safe with several nodes: each registration is expired in its own transaction under the event's admission
 * lock, by an UPDATE that only matches while the registration is still unverified — a node that comes second, or a
 * verification that came first, leaves it alone.
 */
@Component
public class UnverifiedExpiry {

    private static final Logger log = LoggerFactory.getLogger(UnverifiedExpiry.class);
    private static final int BATCH = 200;

    private final RegistrationStore store;
    private final OptionsStore options;
    private final Admission admission;
    private final Audit audit;
    private final RegistrationSettings settings;
    private final TransactionTemplate transactions;
    private final Clock clock;

    UnverifiedExpiry(RegistrationStore store, OptionsStore options, Admission admission, Audit audit,
                     RegistrationSettings settings, PlatformTransactionManager transactions, Clock clock) {
        this.store = store;
        this.options = options;
        this.admission = admission;
        this.audit = audit;
        this.settings = settings;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${dialoog.registration.expiry-interval:PT5M}", initialDelayString = "PT1M")
    void run() {
        int expired = expireDue();
        if (expired > 0) {
            log.info("Expired {} registration(s) whose address was not confirmed in time", expired);
        }
    }

    /** Expires every unverified registration older than the limit; returns how many this node expired. */
    public int expireDue() {
        int expired = 0;
        List<RegistrationStore.Stale> due;
        do {
            Instant cutoff = clock.instant().minus(settings.unverifiedExpiry());
            due = store.unverifiedBefore(cutoff, BATCH);
            for (RegistrationStore.Stale stale : due) {
                if (Boolean.TRUE.equals(transactions.execute(status -> expire(stale)))) {
                    expired++;
                }
            }
        } while (due.size() == BATCH);
        return expired;
    }

    private boolean expire(RegistrationStore.Stale stale) {
        admission.lock(stale.eventId());
        if (!store.expire(stale.id(), clock.instant())) {
            return false;
        }
        store.revokeTokens(stale.id());
        options.releaseInvite(stale.id());
        audit.recordAs("system", "registration.expired", Admission.subject(new RegistrationId(stale.id())),
                "address not confirmed within " + settings.unverifiedExpiry());
        return true;
    }
}
