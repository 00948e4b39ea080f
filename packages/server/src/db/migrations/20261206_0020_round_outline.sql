-- The outline a round is opened with (reportOutlines in the shared package): the standard six
-- parts, or a combined review whose grassroots democracy and Front coordination have their own results.
ALTER TABLE reporting_rounds ADD COLUMN outline text NOT NULL DEFAULT 'standard' CHECK (outline IN ('standard', 'combined'));
