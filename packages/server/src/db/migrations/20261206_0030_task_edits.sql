-- Tasks the giving unit edits or cancels. A cancelled task keeps its row (visible with its reason)
-- and leaves the buckets; a change of deadline by the giver is kept beside the extensions, as one
-- that needed no request.

ALTER TABLE tasks DROP CONSTRAINT tasks_status_check;
ALTER TABLE tasks ADD CONSTRAINT tasks_status_check
  CHECK (status IN ('open', 'returned', 'proposed', 'cascaded', 'done', 'cancelled'));
ALTER TABLE tasks ADD COLUMN cancelled_on date;
ALTER TABLE tasks ADD COLUMN cancel_reason text NOT NULL DEFAULT '';
ALTER TABLE tasks ADD CONSTRAINT tasks_cancelled_check CHECK ((status = 'cancelled') = (cancelled_on IS NOT NULL));

-- 'request': asked by the owner, then decided; 'change': the giver moved the deadline itself (earlier or later).
ALTER TABLE task_extensions ADD COLUMN kind text NOT NULL DEFAULT 'request' CHECK (kind IN ('request', 'change'));
ALTER TABLE task_extensions DROP CONSTRAINT task_extensions_check;
ALTER TABLE task_extensions ADD CONSTRAINT task_extensions_check
  CHECK (new_deadline <> previous_due AND (kind = 'change' OR new_deadline > previous_due));
