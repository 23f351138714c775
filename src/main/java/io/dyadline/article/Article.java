package io.dyadline.article;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** A news article as received: its raw input is kept whatever extraction makes of it. */
@Entity
@Table(name = "article")
public class Article extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "article_seq")
    @SequenceGenerator(name = "article_seq", sequenceName = "article_seq", allocationSize = 50)
    public Long id;

    public String title;

    @Column(name = "published_at")
    public LocalDate publishedAt;

    public String source;

    public String url;

    /** The body as parsed: plain paragraphs separated by blank lines; extraction offsets point into it. */
    public String body;

    /** Exactly what was posted, decoded as UTF-8. */
    public String raw;

    @Column(name = "media_type")
    public String mediaType;

    /** SHA-256 of the parsed title, date and body: the same content is the same article. */
    @Column(name = "content_hash")
    public String contentHash;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "extraction_version")
    public String extractionVersion;

    @Column(name = "extraction_status")
    public String extractionStatus;

    @Column(name = "extraction_error")
    public String extractionError;

    @Column(name = "event_count")
    public int eventCount;
}
