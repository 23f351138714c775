-- Reads at volume (issue 6), part two.
--
-- Each event as the API shows it, in JSON, written whenever the event changes: a page of events is then read as
-- stored documents instead of being assembled from events, evidence, sectors and sources at every request.
-- A list shows an event's first 20 pieces of evidence and sources (with the totals), so that rewriting it costs the
-- same however many articles report the event; evidence_count tells when GET /api/events/{id} must show more.
alter table event add column doc varchar;
alter table event add column evidence_count integer not null default 0;

-- The words of each event's evidence (SearchWords), for the text filter q: a query word is looked up as the
-- beginning of an indexed word instead of scanning every event's text.
create table event_word (
    event_id bigint      not null references event (id) on delete cascade,
    word     varchar(40) not null,
    primary key (event_id, word)
);
create index event_word_word_idx on event_word (word, event_id);
alter table event drop column search_text;

-- One row per transaction that changed events (the newest thousand are kept): an instance whose remembered counts
-- (ReadCache) predate a change made by another instance on the same database sees it here.
create sequence event_change_seq start with 1 increment by 1;
create table event_change (
    id bigint not null primary key
);

-- Events stored before this migration get their document and words from EventDocumentBackfill at start-up, in the
-- background; until it reaches them they are rendered when read, and q does not find them yet. A later change of the
-- event's JSON shape sets doc back to null in a migration, and the backfill writes them again.
