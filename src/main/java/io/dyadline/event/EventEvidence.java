package io.dyadline.event;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One sentence of one article that states an event. */
@Entity
@Table(name = "event_evidence")
public class EventEvidence extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "event_evidence_seq")
    @SequenceGenerator(name = "event_evidence_seq", sequenceName = "event_evidence_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id")
    public Event event;

    @Column(name = "article_id")
    public long articleId;

    /** TITLE or TEXT: which field of the article the offsets point into. */
    public String field;

    public String sentence;

    @Column(name = "start_offset")
    public int startOffset;

    @Column(name = "end_offset")
    public int endOffset;

    /** The trigger, date and actor spans inside the sentence, as a JSON array. */
    public String spans;
}
