-- Who acts towards whom in a directed event (who summons, accuses, sanctions, visits): two ISO codes of the pair;
-- both null for a symmetric event (talks, a signed agreement) or one whose direction the text does not give.
alter table event add column initiator varchar(8);
alter table event add column target varchar(8);

create index event_initiator_idx on event (initiator);
