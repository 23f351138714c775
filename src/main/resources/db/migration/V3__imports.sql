-- Bulk imports: a job per upload or folder, with its progress and the lines or files that failed.
create sequence import_job_seq start with 1 increment by 1;

create table import_job (
    id           bigint        not null primary key,
    kind         varchar(10)   not null,
    source       varchar(1000),
    status       varchar(12)   not null,
    total        integer       not null default 0,
    processed    integer       not null default 0,
    created      integer       not null default 0,
    duplicates   integer       not null default 0,
    failed       integer       not null default 0,
    started_at   timestamp     not null,
    finished_at  timestamp
);

create table import_failure (
    job_id  bigint        not null references import_job (id) on delete cascade,
    item    integer       not null,
    name    varchar(500),
    reason  varchar(1000) not null,
    primary key (job_id, item)
);
