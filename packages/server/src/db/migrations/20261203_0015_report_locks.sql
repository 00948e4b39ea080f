-- An approved report states its subtree's totals as they were when it was approved: the reports
-- below it in the same round may then be neither approved nor reopened until it is reopened
-- itself. The approver of a ward may not see the province's report; only the name of the
-- nearest approved unit above leaks, for the message.
CREATE FUNCTION approved_report_above(p_report_id integer) RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
AS $$
  SELECT above.name
    FROM reports r
    JOIN units u ON u.id = r.unit_id
    JOIN reports ar ON ar.round_id = r.round_id AND ar.status = 'approved'
    JOIN units above ON above.id = ar.unit_id
   WHERE r.id = p_report_id AND above.path @> u.path AND above.id <> u.id
   ORDER BY nlevel(above.path) DESC
   LIMIT 1
$$;
REVOKE ALL ON FUNCTION approved_report_above(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION approved_report_above(integer) TO danvan_app;

-- A round opened by mistake, that nobody has worked in, can be cancelled (modules/reports: cancelRound).
GRANT DELETE ON reporting_rounds, reports, report_values TO danvan_app;

-- Whether a report came in on time is judged by its first submission: a return or a correction
-- after approval (which clears submitted_at) does not make a punctual unit late.
ALTER TABLE reports ADD COLUMN first_submitted_at timestamptz;
UPDATE reports SET first_submitted_at = submitted_at;
