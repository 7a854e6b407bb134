-- A DPO's acceptance of a finding as a known risk: a register entry like any other (revisions, history).
create table finding_acceptance (
    id               uuid primary key,
    organisation_id  text        not null references organisation (id),
    reference        text        not null,
    rule_id          text        not null,
    entry_type       text        not null,
    entry_id         text        not null,
    entry_reference  text        not null,
    finding_message  text        not null,
    reason           text        not null,
    accepted_by      text        not null,
    expires_date     date        not null,
    version          bigint      not null default 0,
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    unique (organisation_id, reference)
);
create index finding_acceptance_rule_idx on finding_acceptance (organisation_id, rule_id, entry_id);
alter table finding_acceptance enable row level security;
alter table finding_acceptance force row level security;
create policy organisation_wall on finding_acceptance using (openropa_in_scope(organisation_id)) with check (openropa_in_scope(organisation_id));
do $$
begin
    if exists (select 1 from pg_roles where rolname = 'openropa_app') then
        grant select, insert, update, delete on finding_acceptance to openropa_app;
    end if;
end
$$;
