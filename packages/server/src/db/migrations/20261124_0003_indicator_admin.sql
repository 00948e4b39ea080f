-- Admins edit the indicator catalogue; rounds keep the snapshot they opened with.
GRANT INSERT, UPDATE ON indicators TO danvan_app;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO danvan_app;
