package nl.dialoog.shared;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Copies of things read from the database, kept so that a page asked for again and again does not read them again;
 * at most {@code size}, the least recently used dropped first; safe for many threads. The caller says when a copy
 * is current (typically: its version is the one stored). A copy read inside a transaction that may still write or
 * roll back is not kept: what it saw may never be committed.
 */
public final class KeptCopies<K, V> {

    private final Map<K, V> kept;

    public KeptCopies(int size) {
        this.kept = new LinkedHashMap<>(size, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > size;
            }
        };
    }

    /** The kept copy for {@code key}, if there is one and it is {@code current}. */
    public Optional<V> get(K key, Predicate<V> current) {
        V copy;
        synchronized (kept) {
            copy = kept.get(key);
        }
        return copy != null && current.test(copy) ? Optional.of(copy) : Optional.empty();
    }

    /** Keeps a copy just read or made, unless it comes from a transaction that may still write or roll back. */
    public void keep(K key, V copy) {
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return;
        }
        synchronized (kept) {
            kept.put(key, copy);
        }
    }
}
