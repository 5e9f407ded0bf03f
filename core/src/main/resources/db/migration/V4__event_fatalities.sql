-- Deaths an event's sentence reports, counted by ACLED's rules (null: the text gives no figure).
ALTER TABLE event ADD COLUMN fatalities INTEGER;
