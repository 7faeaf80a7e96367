-- Handled inbound events are forgotten after a few days (platforms retry within an hour);
-- this index lets the purge find the old ones without reading the whole table.
create index ix_inbound_event_received on inbound_event (received_at);

-- Which of a channel's waiting messages goes first: 0 a critical (SEV1 or overdue) card,
-- 1 any other card, 2 thread notes and direct messages; by age within each.
alter table outbound_message add column priority integer default 2 not null;
