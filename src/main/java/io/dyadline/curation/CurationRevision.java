package io.dyadline.curation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** One change an analyst made to an event. */
@Entity
@Table(name = "curation_revision")
public class CurationRevision extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "curation_revision_seq")
    @SequenceGenerator(name = "curation_revision_seq", sequenceName = "curation_revision_seq", allocationSize = 50)
    public Long id;

    @Column(name = "event_id")
    public long eventId;

    /** 1, 2, 3 ... per event. */
    public int number;

    /** CONFIRM, REJECT, PATCH, MERGE, SPLIT or REVERT. */
    public String action;

    @Column(name = "made_by")
    public String madeBy;

    @Column(name = "made_at")
    public Instant madeAt;

    public String note;

    /** JSON object: each changed field with {from, to}. */
    public String changes;

    /** JSON object: the curation after this revision ({state, pinned}), to revert to. */
    public String snapshot;
}
