-- Where the text names a quote's speaker at its attribution ("Jane Doe", "he", "a senior official"): character
-- offsets into the article, so a reader can check who was meant; null for quotes stored before this column.
ALTER TABLE quote ADD COLUMN speaker_start INTEGER;
ALTER TABLE quote ADD COLUMN speaker_end INTEGER;
