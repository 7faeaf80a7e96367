-- Intake stores a complaint with the rules' rating and the learned layer rates it right
-- after: awaiting_rating marks those not rated yet (a restart rates them), and a case's
-- first card waits for that rating until card_held_until at the latest.
alter table complaint add column awaiting_rating boolean not null default false;
alter table complaint add column earlier_complaints integer not null default 0;
create index ix_complaint_awaiting_rating on complaint (awaiting_rating, id);
alter table support_case add column card_held_until timestamp with time zone;
create index ix_case_card_held_until on support_case (card_held_until);
