-- Reads at volume (issue 6). The event list orders by date_start with undated events last, then id, either way:
-- an index in each of those orders lets a page be read in order instead of sorting every match.
create index event_date_asc_idx on event (date_start asc nulls last, id asc);
create index event_date_desc_idx on event (date_start desc nulls last, id desc);
-- The merge candidates of EventStore.findSameEvent: same pair and type, starting before the new event ends.
create index event_pair_type_date_idx on event (pair, type, date_start);
-- Type and status have a handful of values: a page filtered on them is read faster in date order through the index
-- above (about one row in five matches) than by fetching and sorting every match through these two.
drop index event_type_idx;
drop index event_status_idx;
