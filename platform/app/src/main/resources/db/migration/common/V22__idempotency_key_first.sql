-- A report's retry is found by its Idempotency-Key. The unique key used to lead with the reporter,
-- so the planner could equally pick case_file_reporter (tenant_id, reporter, reported_at) and
-- filter every case of the reporter by key: with row security's current_setting() in the
-- condition both paths cost the same, and with the wrong one a grid worker's thousandth report
-- read a thousand rows (26 ms at 13,000 cases; platform/bench/intake.sh). Leading with the key,
-- and looking the key up alone, leaves the planner one index that can answer.
ALTER TABLE case_file DROP CONSTRAINT case_file_idempotency;
ALTER TABLE case_file ADD CONSTRAINT case_file_idempotency UNIQUE (tenant_id, idempotency_key, reporter);
