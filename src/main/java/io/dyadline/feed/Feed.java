package io.dyadline.feed;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** A followed feed, with the state of its polls. */
@Entity
@Table(name = "feed")
public class Feed extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "feed_seq")
    @SequenceGenerator(name = "feed_seq", sequenceName = "feed_seq", allocationSize = 1)
    public Long id;

    public String url;
    public String name;

    /** Seconds between polls. */
    @Column(name = "poll_interval")
    public long pollInterval;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "next_poll_at")
    public Instant nextPollAt;

    @Column(name = "claimed_until")
    public Instant claimedUntil;

    @Column(name = "last_polled_at")
    public Instant lastPolledAt;

    @Column(name = "last_status")
    public Integer lastStatus;

    @Column(name = "last_error")
    public String lastError;

    public int failures;

    public String etag;

    @Column(name = "last_modified")
    public String lastModified;

    @Column(name = "items_seen")
    public long itemsSeen;

    @Column(name = "articles_created")
    public long articlesCreated;

    public long duplicates;

    @Column(name = "item_errors")
    public long itemErrors;
}
