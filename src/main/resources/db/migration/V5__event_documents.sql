-- Each event as the API shows it, in JSON, written whenever the event changes: a page of events is then read as
-- stored documents instead of being assembled from events, evidence, sectors and sources at every request (issue 6).
-- Events stored before this column existed get theirs from EventDocumentBackfill at start-up; a later change of the
-- event's JSON shape sets the column back to null in a migration, and the backfill writes them again.
alter table event add column doc varchar;
