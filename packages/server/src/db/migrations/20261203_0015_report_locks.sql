
-- A round opened by mistake, that nobody has worked in, can be cancelled (modules/reports: cancelRound).
GRANT DELETE ON reporting_rounds, reports, report_values TO danvan_app;

-- Whether a report came in on time is judged by its first submission: a return or a correction
-- after approval (which clears submitted_at) does not make a punctual unit late.
ALTER TABLE reports ADD COLUMN first_submitted_at timestamptz;
UPDATE reports SET first_submitted_at = submitted_at;
