\set n random(1, 1999)
select id, role, organisations, key_hash, expires_at, revoked_at from api_key where prefix = :prefix;
select a.*, @LINKS@ from processing_activity a where a.organisation_id = 'county' and a.reference = 'PA-' || lpad(:n::text, 6, '0');
