package io.dyadline.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * The change log ({@code event_change}): a row for every transaction that changed events, which the other instances'
 * caches look for ({@link ReadCache}).
 */
@ApplicationScoped
public class EventChangeLog {

    private static final int CHANGES_KEPT = 1000;

    private final EntityManager em;
    private final TransactionSynchronizationRegistry transactions;
    /** The key, in the transaction's resources, of the mark that it logged its change. */
    private final Object loggedKey = new Object();

    public EventChangeLog(EntityManager em, TransactionSynchronizationRegistry transactions) {
        this.em = em;
        this.transactions = transactions;
    }

    /**
     * Notes in the change log that events changed, for the other instances' caches, once per transaction (they see
     * its changes together, at its commit); keeps the newest thousand.
     */
    void changed() {
        boolean inTransaction = transactions.getTransactionKey() != null;
        if (inTransaction && transactions.getResource(loggedKey) != null) {
            return;
        }
        if (inTransaction) {
            transactions.putResource(loggedKey, Boolean.TRUE);
        }
        EventChange change = new EventChange();
        em.persist(change);
        if (change.id % CHANGES_KEPT == 0) {
            em.createQuery("delete from EventChange c where c.id <= :old").setParameter("old", change.id - CHANGES_KEPT)
                    .executeUpdate();
        }
    }
}
