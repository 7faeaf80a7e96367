-- Inbound chat-platform events already handled, so a platform's retry of one runs nothing twice.
create table inbound_event (
    platform     varchar(20)  not null,
    event_id     varchar(200) not null,
    received_at  timestamp with time zone not null,
    primary key (platform, event_id)
);
