-- Events: one row per real-world bilateral event, merged across the articles that report it.
create sequence event_seq start with 1 increment by 50;
create sequence event_evidence_seq start with 1 increment by 50;

create table event (
    id           bigint         not null primary key,
    type         varchar(20)    not null,
    status       varchar(20)    not null,
    pair         varchar(7)     not null,
    country_a    varchar(2)     not null,
    country_b    varchar(2)     not null,
    date_start   date,
    date_end     date,
    precision    varchar(5),
    edtf         varchar(40),
    date_source  varchar(80),
    open_end     boolean        not null default false,
    location     varchar(200),
    summary      varchar(1000),
    cameo        varchar(10),
    confidence   double precision not null,
    actors       text           not null,
    search_text  text           not null,
    created_at   timestamp      not null
);
create index event_pair_date_idx on event (pair, date_start, id);
create index event_date_idx on event (date_start, id);
create index event_country_a_idx on event (country_a, date_start);
create index event_country_b_idx on event (country_b, date_start);
create index event_type_idx on event (type, date_start);
create index event_status_idx on event (status, date_start);

create table event_sector (
    event_id bigint      not null references event (id) on delete cascade,
    sector   varchar(20) not null,
    primary key (event_id, sector)
);
create index event_sector_sector_idx on event_sector (sector, event_id);

-- Every sentence that states an event, in the article it comes from: the provenance of each dot.
create table event_evidence (
    id           bigint      not null primary key,
    event_id     bigint      not null references event (id) on delete cascade,
    article_id   bigint      not null references article (id) on delete cascade,
    field        varchar(5)  not null,
    sentence     text        not null,
    start_offset integer     not null,
    end_offset   integer     not null,
    spans        text        not null
);
create index event_evidence_event_idx on event_evidence (event_id);
create index event_evidence_article_idx on event_evidence (article_id);
