-- Recipient units compare byte by byte like every other unit path (see V15).
ALTER TABLE outbox ALTER COLUMN recipient_unit TYPE VARCHAR(800) COLLATE "C";
ALTER TABLE inbox_message ALTER COLUMN recipient_unit TYPE VARCHAR(800) COLLATE "C";
