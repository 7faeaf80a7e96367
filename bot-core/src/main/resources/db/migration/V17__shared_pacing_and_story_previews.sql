-- When each channel last answered a delivery, so the pace a platform allows per channel
-- holds whichever instance delivers next.
create table channel_pacing (
    platform       varchar(20)  not null,
    channel        varchar(200) not null,
    last_answer_at timestamp with time zone not null,
    primary key (platform, channel)
);

-- A story between its preview and its sharing, so the author may share it through any
-- instance. Sealed (AES-GCM) with a key that only the preview form carries, and found by a
-- hash of that key: the database alone never tells who wrote an anonymous story.
create table story_preview (
    key_hash   varchar(64)     not null primary key,
    sealed     varchar(100000) not null,
    expires_at timestamp with time zone not null
);
create index ix_story_preview_expires on story_preview (expires_at);
