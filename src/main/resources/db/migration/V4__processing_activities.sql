-- The Record of Processing Activities: one row per activity. Article 30 detail that is read and written
-- as a whole lives in the details document; what lists filter on is kept in columns beside it, and links
-- to other registers are tables so that nothing links to an entry that does not exist.

create table processing_activity (
    id                    uuid primary key,
    organisation_id       text        not null references organisation (id),
    reference             text        not null,
    name                  text        not null,
    description           text,
    business_function     text,
    record_type           text        not null,
    status                text        not null,
    owner                 jsonb,
    details               jsonb       not null default '{}'::jsonb,
    lawful_bases          varchar[]   not null default '{}',
    special_category      boolean     not null default false,
    transfer_countries    varchar[]   not null default '{}',
    search_text           text        not null default '',
    last_reviewed_date    date,
    next_review_date      date,
    custom_fields         jsonb       not null default '{}'::jsonb,
    version               bigint      not null default 0,
    created_at            timestamptz not null,
    updated_at            timestamptz not null,
    unique (organisation_id, reference)
);
create index processing_activity_filter_idx on processing_activity (organisation_id, status, record_type);
create index processing_activity_updated_idx on processing_activity (organisation_id, updated_at);
create index processing_activity_bases_idx on processing_activity using gin (lawful_bases);
create index processing_activity_countries_idx on processing_activity using gin (transfer_countries);

create table processing_activity_retention_rule (
    organisation_id          text    not null references organisation (id),
    processing_activity_id   uuid    not null references processing_activity (id) on delete cascade,
    retention_rule_id        uuid    not null references retention_rule (id),
    personal_data_category   text,
    position                 integer not null,
    primary key (processing_activity_id, position)
);
create index processing_activity_retention_rule_rule_idx on processing_activity_retention_rule (retention_rule_id);

create table processing_activity_security_measure (
    organisation_id          text    not null references organisation (id),
    processing_activity_id   uuid    not null references processing_activity (id) on delete cascade,
    security_measure_id      uuid    not null references security_measure (id),
    position                 integer not null,
    primary key (processing_activity_id, security_measure_id)
);
create index processing_activity_security_measure_measure_idx on processing_activity_security_measure (security_measure_id);

create table processing_activity_information_asset (
    organisation_id          text    not null references organisation (id),
    processing_activity_id   uuid    not null references processing_activity (id) on delete cascade,
    information_asset_id     uuid    not null references information_asset (id),
    position                 integer not null,
    primary key (processing_activity_id, information_asset_id)
);
create index processing_activity_information_asset_asset_idx on processing_activity_information_asset (information_asset_id);
