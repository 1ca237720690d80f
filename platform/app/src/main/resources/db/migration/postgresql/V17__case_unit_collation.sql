-- Case units compare byte by byte like every other unit path (see V15): subtree ranges use the index.
ALTER TABLE case_file ALTER COLUMN unit TYPE VARCHAR(800) COLLATE "C";
ALTER TABLE case_file ALTER COLUMN handler_unit TYPE VARCHAR(800) COLLATE "C";
