-- The other sides a contest names besides its holder (the besieger, the attacker), newline-separated; empty for a
-- hold or a contest whose text names no one else (issue 14: a contested claim names every side the text gives).
ALTER TABLE control_claim ADD COLUMN challengers VARCHAR(2000);
