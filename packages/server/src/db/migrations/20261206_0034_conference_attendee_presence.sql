-- A named attendee is invited and then present or absent (excused): the minutes name who attended
-- and who was absent; only those present count towards the conference's figures.
ALTER TABLE conference_attendees ADD COLUMN present boolean NOT NULL DEFAULT true;
