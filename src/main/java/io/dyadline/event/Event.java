package io.dyadline.event;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** A bilateral event as stored: merged across every article that reports it. */
@Entity
@Table(name = "event")
public class Event extends PanacheEntityBase {

    public static final String EXTRACTED = "EXTRACTED";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "event_seq")
    @SequenceGenerator(name = "event_seq", sequenceName = "event_seq", allocationSize = 50)
    public Long id;

    public String type;
    public String status;
    public String pair;

    @Column(name = "country_a")
    public String countryA;

    @Column(name = "country_b")
    public String countryB;

    @Column(name = "date_start")
    public LocalDate dateStart;

    @Column(name = "date_end")
    public LocalDate dateEnd;

    public String precision;
    public String edtf;

    @Column(name = "date_source")
    public String dateSource;

    @Column(name = "open_end")
    public boolean openEnd;

    public String location;
    public String summary;
    public String cameo;

    /** The acting country of a directed event; null for a symmetric one. */
    public String initiator;

    /** The country acted upon, the other of the pair; null when {@link #initiator} is. */
    public String target;
    public double confidence;

    /** The actors as a JSON array of {name, role, country}. */
    public String actors;

    @Column(name = "created_at")
    public Instant createdAt;

    /** The event as a list shows it, in JSON: written by {@link EventDocuments} whenever the event changes. */
    public String doc;

    /** How many pieces of evidence the event has, as of its document. */
    @Column(name = "evidence_count")
    public int evidenceCount;

    /** EXTRACTED, CONFIRMED, CORRECTED or REJECTED: what analysts decided (see io.dyadline.curation). */
    @Column(name = "curation_state")
    public String curationState = EXTRACTED;

    /** The analysts' record of this event, or null while nobody has decided on it. Such an event is never removed. */
    @Column(name = "curation_id")
    public Long curationId;

    /** The event's curation as the API shows it (by, at, note, needsReview, proposed), in JSON; null while EXTRACTED. */
    @Column(name = "curation_doc")
    public String curationDoc;

    @ElementCollection
    @CollectionTable(name = "event_sector", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "sector")
    @BatchSize(size = 100)
    public Set<String> sectors = new TreeSet<>();

    @OneToMany(mappedBy = "event", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("articleId, startOffset")
    @BatchSize(size = 100)
    public List<EventEvidence> evidence = new ArrayList<>();
}
