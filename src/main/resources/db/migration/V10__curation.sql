-- Curation (issue 14): analysts confirm, reject, correct, merge and split events, and every decision outlives
-- re-extraction. The event row carries what lists filter and show (its state, and the curation as JSON); the
-- curation tables carry the decisions themselves.
alter table event add column curation_state varchar(10) default 'EXTRACTED' not null;
alter table event add column curation_id bigint;
alter table event add column curation_doc text;
-- every document is written again, now with its "curation" (EventDocumentBackfill, in the background)
update event set doc = null;

create sequence curation_seq start with 1 increment by 50;
create sequence curation_revision_seq start with 1 increment by 50;

-- One per event an analyst decided on. pinned: the fields an analyst set, with their values (all of them once
-- confirmed); proposed: what the extractor proposes for each field, as last seen. A merged event's curation points
-- to the survivor's.
create table curation (
    id           bigint       not null primary key,
    event_id     bigint       not null,
    state        varchar(10)  not null,
    decided_by   varchar(64),
    decided_at   timestamp,
    note         varchar(2000),
    pinned       text         not null,
    proposed     text         not null,
    needs_review boolean      not null,
    merged_into  bigint,
    revision     integer      not null
);
create index curation_event_idx on curation (event_id);
create index curation_review_idx on curation (needs_review);

-- The evidence a curation owns, recognised across extractor versions by what does not change with them: the
-- article, the sentence (a SHA-256 of its text, whitespace folded) and the trigger's words; never event or evidence
-- ids, which re-extraction makes anew. A piece of evidence belongs to one curation at most.
create table curation_anchor (
    article_id    bigint       not null,
    sentence_hash varchar(64)  not null,
    trigger_text  varchar(200) not null,
    curation_id   bigint       not null references curation (id) on delete cascade,
    primary key (article_id, sentence_hash, trigger_text)
);
create index curation_anchor_curation_idx on curation_anchor (curation_id);

-- Every change an analyst made: who, when, which fields from what to what, the note, and the curation after it
-- (to revert to).
create table curation_revision (
    id         bigint       not null primary key,
    event_id   bigint       not null,
    number     integer      not null,
    action     varchar(10)  not null,
    made_by    varchar(64)  not null,
    made_at    timestamp    not null,
    note       varchar(2000),
    changes    text         not null,
    snapshot   text         not null
);
create unique index curation_revision_event_idx on curation_revision (event_id, number);

-- An event merged into another answers with the survivor.
create table event_redirect (
    from_id bigint not null primary key,
    to_id   bigint not null
);
