-- Everyone who wrote or edited any version of a draft, by the identity they used, such as
-- slack:U0123: approval compares the approver's person with each of them, so nobody
-- approves words they wrote, whoever edited last. Written to run unchanged on H2 and
-- PostgreSQL.
create table reply_draft_writer (
    draft_id   bigint       not null references reply_draft (id),
    writer_id  varchar(200) not null,
    primary key (draft_id, writer_id)
);

insert into reply_draft_writer (draft_id, writer_id) select id, author_id from reply_draft;
insert into reply_draft_writer (draft_id, writer_id)
    select id, edited_by_id from reply_draft where edited_by_id is not null and edited_by_id <> author_id;

-- The version of the draft a queued publication carries: the connector's idempotency key
-- names the draft and this version, so a reply approved again after an edit is a new
-- publication, and the answer to an older one never marks the newer one sent.
alter table reply_publication add column draft_version integer not null default 0;
