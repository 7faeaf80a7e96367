-- Handled inbound events are forgotten after a few days (platforms retry within an hour);
-- this index lets the purge find the old ones without reading the whole table.
create index ix_inbound_event_received on inbound_event (received_at);
