-- Copies an organisation's template entry n times within the organisation: every column as the template's but a new
-- id, a numbered reference and name, and (for activities) a business function and status that vary. Used by generate.sh.
create or replace function pg_temp.bench_clone(tab text, template uuid, org text, prefix text, n int) returns void language plpgsql as $$
declare
    cols text;
    exprs text;
begin
    select string_agg(quote_ident(column_name), ', ' order by ordinal_position),
           string_agg(case column_name
                          when 'id' then 'gen_random_uuid()'
                          when 'reference' then quote_literal(prefix) || ' || lpad(g::text, 6, ''0'')'
                          when 'name' then 't.name || '' '' || g'
                          when 'business_function' then '(array[''FIN'',''ICT'',''ASC'',''CHS'',''HOU'',''REV''])[1 + g % 6]'
                          when 'status' then case when tab = 'processing_activity' then 'case when g % 10 = 0 then ''DRAFT'' else ''ACTIVE'' end' else 't.status' end
                          else 't.' || quote_ident(column_name) end, ', ' order by ordinal_position)
      into cols, exprs
      from information_schema.columns where table_schema = 'public' and table_name = tab;
    execute format('insert into %I (%s) select %s from generate_series(1, %s) g, %I t where t.id = %L', tab, cols, exprs, n, tab, template);
end $$;

-- Fills an organisation from its template entries (RR-T, SM-T, IA-T, PA-T, made through the API): the registers cloned
-- to the sizes asked for, and each cloned activity linked to a retention rule, a security measure and an asset.
create or replace function pg_temp.bench_fill(org text, rules int, measures int, assets int, activities int) returns void language plpgsql as $$
begin
    perform pg_temp.bench_clone('retention_rule', (select id from retention_rule where organisation_id = org and reference = 'RR-T'), org, 'RR-', rules - 1);
    perform pg_temp.bench_clone('security_measure', (select id from security_measure where organisation_id = org and reference = 'SM-T'), org, 'SM-', measures - 1);
    perform pg_temp.bench_clone('information_asset', (select id from information_asset where organisation_id = org and reference = 'IA-T'), org, 'IA-', assets - 1);
    perform pg_temp.bench_clone('processing_activity', (select id from processing_activity where organisation_id = org and reference = 'PA-T'), org, 'PA-', activities - 1);
    insert into processing_activity_retention_rule (organisation_id, processing_activity_id, retention_rule_id, personal_data_category, position)
    select org, a.id, r.id, 'Financial details', 1
      from (select id, row_number() over (order by reference) as n from processing_activity where organisation_id = org and reference <> 'PA-T') a
      join (select id, row_number() over (order by reference) - 1 as k, count(*) over () as c from retention_rule where organisation_id = org) r
        on r.k = a.n % r.c;
    insert into processing_activity_security_measure (organisation_id, processing_activity_id, security_measure_id, position)
    select org, a.id, m.id, 1
      from (select id, row_number() over (order by reference) as n from processing_activity where organisation_id = org and reference <> 'PA-T') a
      join (select id, row_number() over (order by reference) - 1 as k, count(*) over () as c from security_measure where organisation_id = org) m
        on m.k = a.n % m.c;
    insert into processing_activity_information_asset (organisation_id, processing_activity_id, information_asset_id, position)
    select org, a.id, i.id, 1
      from (select id, row_number() over (order by reference) as n from processing_activity where organisation_id = org and reference <> 'PA-T') a
      join (select id, row_number() over (order by reference) - 1 as k, count(*) over () as c from information_asset where organisation_id = org) i
        on i.k = a.n % i.c;
end $$;
