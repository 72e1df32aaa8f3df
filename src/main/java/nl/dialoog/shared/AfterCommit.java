package nl.dialoog.shared;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Work that others may only see once the data it speaks of is committed: a room frame on the bus, a mail handed
 * to the dispatcher. Inside a transaction it waits for the commit (and is dropped on a rollback, so nobody hears of
 * what never happened); outside one the data is already committed, so it runs at once.
 */
public final class AfterCommit {

    private AfterCommit() {
    }

    public static void run(Runnable action) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            action.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }
}
