-- Whether gold.benchmarks differs from the config's benchmarks (temp view ref_benchmarks): rows in one
-- and not the other. The table is rewritten only when it differs, not on every run.
SELECT (SELECT count(*) FROM (SELECT * FROM ref_benchmarks EXCEPT ALL SELECT * FROM gold.benchmarks))
     + (SELECT count(*) FROM (SELECT * FROM gold.benchmarks EXCEPT ALL SELECT * FROM ref_benchmarks)) AS differing_rows
