package io.dyadline.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/** One word of an event's evidence ({@link SearchWords}): the index behind the text filter {@code q}. */
@Entity
@Table(name = "event_word")
@IdClass(EventWord.Key.class)
public class EventWord {

    @Id
    @Column(name = "event_id")
    public long eventId;

    @Id
    public String word;

    public EventWord() {
    }

    EventWord(long eventId, String word) {
        this.eventId = eventId;
        this.word = word;
    }

    /** The composite key: an event and one of its words. */
    public static class Key implements Serializable {
        public long eventId;
        public String word;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.eventId == eventId && Objects.equals(k.word, word);
        }

        @Override
        public int hashCode() {
            return Objects.hash(eventId, word);
        }
    }
}
