-- Weekly reviews already posted: a team's review of a week (or, under team '*', the
-- management review across teams) is claimed by inserting its row in the transaction that
-- queues its posts, so a restart or a second instance posts none twice. Written to run
-- unchanged on H2 and PostgreSQL.
create table weekly_review_post (
    team       varchar(40)  not null,
    week       varchar(10)  not null,
    posted_at  timestamp with time zone not null,
    primary key (team, week)
);
