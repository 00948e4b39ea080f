-- Sign-in throttle, owned by the auth module: counters in the database so that every server process shares
-- them and each attempt is admitted or refused by one statement (modules/auth/login-throttle.ts).
CREATE TABLE login_throttle (
  -- 'a:<address>' one client address, 'p:<address>|<username>' an (address, account) pair, 'u:<username>' an account.
  key text PRIMARY KEY,
  -- Attempts admitted (their password was checked) since the counter began, less those that succeeded.
  attempts integer NOT NULL CHECK (attempts >= 0),
  -- Attempts admitted freely; after them each one waits for next_at, which moves away exponentially.
  allowance integer NOT NULL CHECK (allowance > 0),
  last_attempt_at timestamptz NOT NULL,
  next_at timestamptz NOT NULL,
  -- The verdict of the latest attempt, so the statement that counts it can return it.
  admitted boolean NOT NULL
);
CREATE INDEX login_throttle_last_attempt_idx ON login_throttle (last_attempt_at);
GRANT SELECT, INSERT, UPDATE, DELETE ON login_throttle TO danvan_app;
