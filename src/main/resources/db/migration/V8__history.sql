-- History: every revision numbered per entry and per organisation, with its RFC 6902 patch, chained by SHA-256
-- hashes, and append-only in the database itself.
alter table revision add column seq bigint;
alter table revision add column entry_revision integer;
alter table revision add column reference text;
alter table revision add column patch jsonb;
alter table revision add column hash text;
alter table revision add column previous_hash text;

-- What a revision's hash covers: every field of it and the hash of the organisation's revision before it.
create function openropa_revision_digest(r revision) returns text
    language sql immutable
as $$
    select encode(sha256(convert_to(concat_ws('|', r.seq, r.organisation_id, r.entry_type, r.entry_id, coalesce(r.reference, ''),
        r.entry_revision, r.action, to_char(r.changed_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), r.changed_by,
        coalesce(r.after::text, ''), coalesce(r.patch::text, ''), coalesce(r.previous_hash, '')), 'UTF8')), 'hex')
$$;

-- Revisions written before this migration join the chain in the order they were written.
do $$
declare
    r revision;
    last_hash text;
    last_org text := null;
    n bigint;
begin
    for r in select * from revision order by organisation_id, id loop
        if last_org is distinct from r.organisation_id then
            last_org := r.organisation_id;
            last_hash := null;
            n := 0;
        end if;
        n := n + 1;
        r.seq := n;
        r.entry_revision := (select count(*) from revision x where x.organisation_id = r.organisation_id
                             and x.entry_type = r.entry_type and x.entry_id = r.entry_id and x.id <= r.id);
        r.reference := coalesce(r.after ->> 'reference', r.before ->> 'reference', r.after ->> 'id', r.before ->> 'id');
        r.previous_hash := last_hash;
        r.hash := openropa_revision_digest(r);
        update revision set seq = r.seq, entry_revision = r.entry_revision, reference = r.reference,
                            previous_hash = r.previous_hash, hash = r.hash where id = r.id;
        last_hash := r.hash;
    end loop;
end
$$;

alter table revision alter column seq set not null;
alter table revision alter column entry_revision set not null;
alter table revision alter column hash set not null;
create unique index revision_org_seq_idx on revision (organisation_id, seq);
create unique index revision_entry_number_idx on revision (organisation_id, entry_type, entry_id, entry_revision);

-- Numbers and hashes are given by the database as each revision is written. The organisation's lock, held to
-- commit, makes its revisions commit in the order of their numbers: the chain never forks and a change feed that
-- resumes after a number never skips one.
create function openropa_revision_chain() returns trigger
    language plpgsql
as $$
declare
    last revision;
begin
    perform pg_advisory_xact_lock(hashtext('openropa.revision:' || new.organisation_id));
    select * into last from revision where organisation_id = new.organisation_id order by seq desc limit 1;
    new.seq := coalesce(last.seq, 0) + 1;
    new.previous_hash := last.hash;
    new.entry_revision := coalesce((select max(entry_revision) from revision where organisation_id = new.organisation_id
                                    and entry_type = new.entry_type and entry_id = new.entry_id), 0) + 1;
    new.hash := openropa_revision_digest(new);
    return new;
end
$$;
create trigger revision_chain before insert on revision for each row execute function openropa_revision_chain();

-- Append-only, whatever the connecting role: updates, deletes and truncation are refused by PostgreSQL itself.
create function openropa_revision_append_only() returns trigger
    language plpgsql
as $$
begin
    raise exception 'revisions are append-only: % on revision is refused', tg_op using errcode = 'insufficient_privilege';
end
$$;
create trigger revision_append_only before update or delete on revision for each row execute function openropa_revision_append_only();
create trigger revision_no_truncate before truncate on revision for each statement execute function openropa_revision_append_only();
do $$
begin
    if exists (select 1 from pg_roles where rolname = 'openropa_app') then
        revoke update, delete, truncate on revision from openropa_app;
    end if;
end
$$;
revoke update, delete, truncate on revision from public;

create index revision_asat_idx on revision (organisation_id, entry_type, entry_id, changed_at);
