SELECT incident_no, reported_at, updated_at, reporter_name, reporter_phone, address, incident_type,
       incident_subtype, summary, station, outcome, referred_to_mediation
FROM police_incident
WHERE updated_at > :#sinceUpdatedAt
   OR (updated_at = :#sinceUpdatedAt AND incident_no > :#sinceIncidentNo)
ORDER BY updated_at, incident_no
