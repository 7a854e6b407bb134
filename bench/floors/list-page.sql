\set f random(1, 6)
select id, role, organisations, key_hash, expires_at, revoked_at from api_key where prefix = :prefix;
select count(*) from processing_activity where organisation_id = 'county' and status = 'ACTIVE' and business_function = (array['FIN','ICT','ASC','CHS','HOU','REV'])[:f];
select a.*, @LINKS@ from processing_activity a where a.organisation_id = 'county' and a.status = 'ACTIVE' and a.business_function = (array['FIN','ICT','ASC','CHS','HOU','REV'])[:f] order by a.reference limit 100;
