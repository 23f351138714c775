package io.dyadline.event;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One transaction that changed events, logged so that every instance on a shared database can tell that its
 * remembered counts are out of date ({@link ReadCache}). Only the newest rows are kept.
 */
@Entity
@Table(name = "event_change")
public class EventChange {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "event_change_seq")
    @SequenceGenerator(name = "event_change_seq", sequenceName = "event_change_seq", allocationSize = 1)
    public Long id;
}
