-- Followed feeds (RSS and Atom) and the items each has listed. The number leaves room for other migrations.
create sequence feed_seq start with 1 increment by 1;

create table feed (
    id               bigint        not null primary key,
    url              varchar(2000) not null,
    name             varchar(500),
    poll_interval    bigint        not null,  -- seconds between polls
    created_at       timestamp     not null,
    next_poll_at     timestamp     not null,
    -- a poll in progress holds the feed until then, so that only one instance polls it; a crashed poll expires
    claimed_until    timestamp,
    last_polled_at   timestamp,
    last_status      integer,
    last_error       varchar(2000),
    failures         integer       not null default 0,  -- polls in a row that failed: the backoff grows with them
    etag             varchar(1000),
    last_modified    varchar(200),
    items_seen       bigint        not null default 0,
    articles_created bigint        not null default 0,
    duplicates       bigint        not null default 0,
    item_errors      bigint        not null default 0,
    constraint feed_url_uk unique (url)
);

create index feed_due_idx on feed (next_poll_at);

-- An item a feed has listed, by its canonical link (tracking parameters stripped), and the article it became.
create sequence feed_item_seq start with 1 increment by 50;

create table feed_item (
    id            bigint        not null primary key,
    feed_id       bigint        not null references feed (id) on delete cascade,
    url_hash      varchar(64)   not null,  -- SHA-256 of the canonical link: the same story in two feeds is one article
    canonical_url varchar(4000) not null,
    article_id    bigint,
    seen_at       timestamp     not null,
    constraint feed_item_uk unique (feed_id, url_hash)
);

create index feed_item_url_idx on feed_item (url_hash);
