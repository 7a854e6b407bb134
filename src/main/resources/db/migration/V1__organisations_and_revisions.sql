-- Organisations: the public bodies whose registers this service holds. The id is the caller's slug.
create table organisation (
    id                       text primary key check (id ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
    name                     text        not null,
    type                     text        not null,
    ico_registration_number  text,
    public_authority         boolean     not null,
    employee_count           integer,
    address                  jsonb,
    email                    text,
    phone                    text,
    website                  text,
    data_protection_officer  jsonb,
    representative           jsonb,
    business_functions       jsonb       not null default '[]'::jsonb,
    version                  bigint      not null default 0,
    created_at               timestamptz not null,
    updated_at               timestamptz not null
);
create index organisation_type_idx on organisation (type);
create index organisation_name_idx on organisation (lower(name));

-- Every write, with the entry before and after, recorded in the same transaction as the write.
create table revision (
    id               bigserial primary key,
    organisation_id  text        not null,
    entry_type       text        not null,
    entry_id         text        not null,
    action           text        not null check (action in ('CREATE', 'UPDATE', 'DELETE')),
    entry_version    bigint,
    changed_at       timestamptz not null,
    changed_by       text        not null,
    before           jsonb,
    after            jsonb
);
create index revision_entry_idx on revision (organisation_id, entry_type, entry_id, changed_at);
create index revision_time_idx on revision (organisation_id, changed_at);
