SELECT incident_no, seq, name, id_number, phone, role
FROM police_incident_party
WHERE incident_no IN (:#in:incidentNos)
ORDER BY incident_no, seq
