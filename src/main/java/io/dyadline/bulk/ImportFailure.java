package io.dyadline.bulk;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;

/** A line or file of an import that could not be stored, and why. */
@Entity
@Table(name = "import_failure")
@IdClass(ImportFailure.Key.class)
public class ImportFailure extends PanacheEntityBase {

    @Id
    @Column(name = "job_id")
    public long jobId;

    /** The line number (from 1) or the file's position in the folder. */
    @Id
    public int item;

    /** The file name, for folder imports. */
    public String name;

    public String reason;

    /** The composite key: job and item. */
    public static class Key implements Serializable {
        public long jobId;
        public int item;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.jobId == jobId && k.item == item;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(jobId) * 31 + item;
        }
    }
}
