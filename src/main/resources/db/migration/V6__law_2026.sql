-- The law as it stands in 2026 (DUAA 2025).
-- DPA 2018 s.164A: the organisation's route for complaints about its use of personal data.
alter table organisation add column complaints jsonb;

-- Article 22A: "solely automated" is now a flag of its own. Before it, "exists" meant a decision based solely on
-- automated processing (old Article 22), so stored records carry that meaning over.
update processing_activity
set details = jsonb_set(details, '{automatedDecisionMaking,solelyAutomated}', details -> 'automatedDecisionMaking' -> 'exists')
where jsonb_typeof(details -> 'automatedDecisionMaking') = 'object'
  and details -> 'automatedDecisionMaking' ? 'exists'
  and not (details -> 'automatedDecisionMaking' ? 'solelyAutomated');
