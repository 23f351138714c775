-- One row per country pair, locked (select ... for update) by a transaction that stores or removes events of the
-- pair: two articles about the same event, stored at once, find and merge into one event instead of each creating
-- it or adding the same words and sectors to it twice. Rows are added as pairs appear and never removed.
create table event_pair_lock (
    pair varchar(16) not null primary key
);
