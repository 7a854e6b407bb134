\set n random(1, 1999)
begin;
select id, role, organisations, key_hash, expires_at, revoked_at from api_key where prefix = :prefix;
select pg_advisory_xact_lock(hashtext('openropa.revision' || chr(58) || 'county'));
select id from processing_activity where organisation_id = 'county' and reference = 'PA-' || lpad(:n::text, 6, '0') \gset
update processing_activity set updated_at = now(), version = version + 1, details = details where id = :id;
delete from processing_activity_retention_rule where processing_activity_id = :id;
insert into processing_activity_retention_rule select 'county', :id, r.id, 'Financial details', 1 from retention_rule r where r.organisation_id = 'county' and r.reference = 'RR-T';
delete from processing_activity_security_measure where processing_activity_id = :id;
insert into processing_activity_security_measure select 'county', :id, m.id, 1 from security_measure m where m.organisation_id = 'county' and m.reference = 'SM-T';
delete from processing_activity_information_asset where processing_activity_id = :id;
insert into processing_activity_information_asset select 'county', :id, i.id, 1 from information_asset i where i.organisation_id = 'county' and i.reference = 'IA-T';
insert into revision (organisation_id, entry_type, entry_id, action, entry_version, changed_at, changed_by, before, after, reference, patch) select 'county', 'PROCESSING_ACTIVITY', :id, 'UPDATE', 1, now(), 'bench', r.after, r.after, 'PA-' || lpad(:n::text, 6, '0'), '[{"op":"replace","path":"/updatedAt","value":"2026-11-29T00:00:00Z"}]'::jsonb from revision r where r.organisation_id = 'county' and r.entry_type = 'PROCESSING_ACTIVITY' and r.reference = 'PA-T' limit 1;
commit;
