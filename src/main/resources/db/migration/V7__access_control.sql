-- API keys: only a SHA-256 hash of each key is kept; the prefix is shown so a leaked key can be identified.
create table api_key (
    id             uuid primary key,
    name           text        not null,
    role           text        not null check (role in ('READER', 'EDITOR', 'ADMIN')),
    organisations  text[],      -- null: every organisation
    prefix         text        not null unique,
    key_hash       text        not null,
    expires_at     timestamptz,
    created_at     timestamptz not null,
    created_by     text        not null,
    last_used_at   timestamptz,
    revoked_at     timestamptz,
    version        bigint      not null default 0
);

-- Row-level security: every organisation-owned row is visible only inside the organisations the transaction
-- is scoped to (openropa.organisations: a comma-separated list, or * for every one). The service sets the scope
-- at the start of every transaction; outside the service (migrations, a DBA's psql) it is unset and rows show.
create function openropa_in_scope(owner text) returns boolean
    language sql stable
as $$
    select case
        when coalesce(current_setting('openropa.organisations', true), '') = '' then true
        when current_setting('openropa.organisations', true) = '*' then true
        else owner = any (string_to_array(current_setting('openropa.organisations', true), ','))
    end
$$;

do $$
declare
    t text;
begin
    foreach t in array array['processing_activity', 'information_asset', 'retention_rule', 'security_measure', 'custom_field',
                             'processing_activity_retention_rule', 'processing_activity_security_measure',
                             'processing_activity_information_asset', 'information_asset_security_measure', 'revision']
    loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy organisation_wall on %I using (openropa_in_scope(organisation_id)) with check (openropa_in_scope(organisation_id))', t);
    end loop;
end
$$;
alter table organisation enable row level security;
alter table organisation force row level security;
create policy organisation_wall on organisation using (openropa_in_scope(id)) with check (openropa_in_scope(id));

-- Superusers pass every policy, so a service connecting as one (the embedded database, a development server)
-- switches to this role for its transactions. Creating it needs CREATEROLE; where the migrating user lacks it,
-- the service connects as a non-superuser and the policies hold without it.
do $$
begin
    if not exists (select 1 from pg_roles where rolname = 'openropa_app') then
        if exists (select 1 from pg_roles where rolname = current_user and (rolsuper or rolcreaterole)) then
            create role openropa_app nologin;
        end if;
    end if;
    if exists (select 1 from pg_roles where rolname = 'openropa_app') then
        execute format('grant usage on schema %I to openropa_app', current_schema());
        execute format('grant select, insert, update, delete on all tables in schema %I to openropa_app', current_schema());
        execute format('grant usage, select on all sequences in schema %I to openropa_app', current_schema());
        execute format('alter default privileges in schema %I grant select, insert, update, delete on tables to openropa_app', current_schema());
        execute format('alter default privileges in schema %I grant usage, select on sequences to openropa_app', current_schema());
    end if;
end
$$;
