package io.dyadline.curation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/** A piece of evidence that a curation owns, by article, sentence and trigger (see {@link EvidenceKey}). */
@Entity
@Table(name = "curation_anchor")
@IdClass(CurationAnchor.Key.class)
public class CurationAnchor extends PanacheEntityBase {

    @Id
    @Column(name = "article_id")
    public long articleId;

    @Id
    @Column(name = "sentence_hash")
    public String sentenceHash;

    @Id
    @Column(name = "trigger_text")
    public String triggerText;

    @Column(name = "curation_id")
    public long curationId;

    public static class Key implements Serializable {
        public long articleId;
        public String sentenceHash;
        public String triggerText;

        public Key() {
        }

        Key(EvidenceKey k) {
            this.articleId = k.articleId();
            this.sentenceHash = k.sentenceHash();
            this.triggerText = k.trigger();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && articleId == k.articleId && sentenceHash.equals(k.sentenceHash)
                    && triggerText.equals(k.triggerText);
        }

        @Override
        public int hashCode() {
            return Objects.hash(articleId, sentenceHash, triggerText);
        }
    }

    EvidenceKey key() {
        return new EvidenceKey(articleId, sentenceHash, triggerText);
    }
}
