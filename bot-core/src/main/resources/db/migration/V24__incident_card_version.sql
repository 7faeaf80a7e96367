-- Counts the changes to an incident's card, so that showing it clears card_stale only
-- when nothing changed while it was being shown: a complaint that joins in between
-- would otherwise be marked as shown and left off the card until the next one.
alter table incident add column card_version bigint not null default 0;
