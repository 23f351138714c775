-- Articles as received. Raw input is always kept, so events can be rebuilt from it.
create sequence article_seq start with 1 increment by 50;

create table article (
    id                 bigint        not null primary key,
    title              varchar(2000),
    published_at       date,
    source             varchar(500),
    url                varchar(2000),
    body               text          not null,
    raw                text          not null,
    media_type         varchar(100)  not null,
    content_hash       varchar(64)   not null,
    created_at         timestamp     not null,
    extraction_version varchar(40),
    extraction_status  varchar(20),
    extraction_error   varchar(2000),
    event_count        integer       not null default 0,
    constraint article_content_hash_uk unique (content_hash)
);

create index article_published_idx on article (published_at, id);
