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

/** What analysts decided about one event: its state, the fields they set, and what the extractor proposes. */
@Entity
@Table(name = "curation")
public class Curation extends PanacheEntityBase {

    public static final String EXTRACTED = "EXTRACTED";
    public static final String CONFIRMED = "CONFIRMED";
    public static final String CORRECTED = "CORRECTED";
    public static final String REJECTED = "REJECTED";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "curation_seq")
    @SequenceGenerator(name = "curation_seq", sequenceName = "curation_seq", allocationSize = 50)
    public Long id;

    /** The event, whose id stays what clients know: re-extraction brings evidence back to it. */
    @Column(name = "event_id")
    public long eventId;

    public String state;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    public String note;

    /** JSON object: each field an analyst set (every field, once confirmed), with the value set. */
    public String pinned;

    /** JSON object: every field as the extractor proposes it, as last seen. */
    public String proposed;

    @Column(name = "needs_review")
    public boolean needsReview;

    /** The survivor's curation, when this event was merged into another. */
    @Column(name = "merged_into")
    public Long mergedInto;

    /** How many revisions the event has. */
    public int revision;
}
