package io.dyadline.bulk;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** One bulk import: a JSON Lines upload or a folder of files, and how far it has got. */
@Entity
@Table(name = "import_job")
public class ImportJob extends PanacheEntityBase {

    public enum Kind { JSONL, FOLDER }

    public enum Status { RUNNING, DONE, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_job_seq")
    @SequenceGenerator(name = "import_job_seq", sequenceName = "import_job_seq", allocationSize = 1)
    public Long id;

    public String kind;

    /** The folder, or the name the client gave the upload. */
    public String source;

    public String status;

    /** Lines or files in all; known before processing starts. */
    public int total;
    public int processed;
    public int created;
    public int duplicates;
    public int failed;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;
}
