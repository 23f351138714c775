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

/** An item a feed has listed, by its canonical link, and the article it is. */
@Entity
@Table(name = "feed_item")
public class FeedItem extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "feed_item_seq")
    @SequenceGenerator(name = "feed_item_seq", sequenceName = "feed_item_seq", allocationSize = 50)
    public Long id;

    @Column(name = "feed_id")
    public long feedId;

    @Column(name = "url_hash")
    public String urlHash;

    @Column(name = "canonical_url")
    public String canonicalUrl;

    @Column(name = "article_id")
    public Long articleId;

    @Column(name = "seen_at")
    public Instant seenAt;
}
