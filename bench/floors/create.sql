\set n random(1, 2000000000)
begin;
select id, role, organisations, key_hash, expires_at, revoked_at from api_key where prefix = :prefix;
select pg_advisory_xact_lock(hashtext('openropa.revision' || chr(58) || 'district-001'));
insert into processing_activity select (jsonb_populate_record(null::processing_activity, to_jsonb(t) || jsonb_build_object('id', gen_random_uuid(), 'reference', 'F-' || :n || '-' || :client_id, 'version', 0, 'created_at', now(), 'updated_at', now()))).* from processing_activity t where t.organisation_id = 'district-001' and t.reference = 'PA-T' returning id \gset
insert into processing_activity_retention_rule select 'district-001', :id, r.id, 'Financial details', 1 from retention_rule r where r.organisation_id = 'district-001' and r.reference = 'RR-T';
insert into processing_activity_security_measure select 'district-001', :id, m.id, 1 from security_measure m where m.organisation_id = 'district-001' and m.reference = 'SM-T';
insert into processing_activity_information_asset select 'district-001', :id, i.id, 1 from information_asset i where i.organisation_id = 'district-001' and i.reference = 'IA-T';
insert into revision (organisation_id, entry_type, entry_id, action, entry_version, changed_at, changed_by, after, reference, patch) select 'district-001', 'PROCESSING_ACTIVITY', :id, 'CREATE', 0, now(), 'bench', r.after, 'F-' || :n, r.patch from revision r where r.organisation_id = 'district-001' and r.entry_type = 'PROCESSING_ACTIVITY' and r.reference = 'PA-T' limit 1;
commit;
