-- The retention schedule, the security measures catalogue, custom field declarations and the
-- Information Asset Register. Every table carries organisation_id; references are organisation-unique.

create table retention_rule (
    id                   uuid primary key,
    organisation_id      text        not null references organisation (id),
    reference            text        not null,
    record_series        text        not null,
    description          text,
    business_function    text,
    trigger_event        text        not null,
    trigger_description  text,
    period               text        not null check (period ~ '^(PERMANENT|P[0-9YMWD]+)$'),
    disposal_action      text        not null,
    rationale_type       text,
    rationale_citation   text,
    legal_holds          jsonb       not null default '[]'::jsonb,
    status               text        not null,
    last_reviewed_date   date,
    next_review_date     date,
    version              bigint      not null default 0,
    created_at           timestamptz not null,
    updated_at           timestamptz not null,
    unique (organisation_id, reference)
);
create index retention_rule_filter_idx on retention_rule (organisation_id, status, trigger_event);

create table security_measure (
    id                   uuid primary key,
    organisation_id      text        not null references organisation (id),
    reference            text        not null,
    name                 text        not null,
    description          text,
    kind                 text        not null,
    article32_points     jsonb       not null default '[]'::jsonb,
    visibility           text        not null,
    assurance            jsonb       not null default '[]'::jsonb,
    status               text        not null,
    last_reviewed_date   date,
    next_review_date     date,
    version              bigint      not null default 0,
    created_at           timestamptz not null,
    updated_at           timestamptz not null,
    unique (organisation_id, reference)
);
create index security_measure_filter_idx on security_measure (organisation_id, kind, visibility);

create table custom_field (
    id                   uuid primary key,
    organisation_id      text        not null references organisation (id),
    reference            text        not null,
    label                text        not null,
    description          text,
    type                 text        not null,
    allowed_values       jsonb       not null default '[]'::jsonb,
    applies_to           jsonb       not null default '[]'::jsonb,
    required             boolean     not null default false,
    version              bigint      not null default 0,
    created_at           timestamptz not null,
    updated_at           timestamptz not null,
    unique (organisation_id, reference)
);

create table information_asset (
    id                          uuid primary key,
    organisation_id             text        not null references organisation (id),
    reference                   text        not null,
    name                        text        not null,
    description                 text,
    asset_type                  text        not null,
    format                      text,
    business_function           text,
    owner                       jsonb,
    administrator               jsonb,
    supplier                    jsonb,
    hosting_model               text,
    location                    text,
    hosting_country             text,
    security_classification     text        not null,
    handling_marking            text        not null,
    business_criticality        text,
    vital_record                boolean     not null default false,
    contains_personal_data      boolean     not null default false,
    contains_special_category   boolean     not null default false,
    contains_criminal_offence   boolean     not null default false,
    contains_children_data      boolean     not null default false,
    volume_band                 text,
    backup                      jsonb,
    access_controls             jsonb       not null default '[]'::jsonb,
    retention_rule_id           uuid        references retention_rule (id),
    status                      text        not null,
    last_reviewed_date          date,
    next_review_date            date,
    custom_fields               jsonb       not null default '{}'::jsonb,
    version                     bigint      not null default 0,
    created_at                  timestamptz not null,
    updated_at                  timestamptz not null,
    unique (organisation_id, reference)
);
create index information_asset_filter_idx on information_asset (organisation_id, status, asset_type);
create index information_asset_rule_idx on information_asset (retention_rule_id);

create table information_asset_security_measure (
    organisation_id       text    not null references organisation (id),
    information_asset_id  uuid    not null references information_asset (id) on delete cascade,
    security_measure_id   uuid    not null references security_measure (id),
    position              integer not null,
    primary key (information_asset_id, security_measure_id)
);
create index information_asset_security_measure_measure_idx on information_asset_security_measure (security_measure_id);
