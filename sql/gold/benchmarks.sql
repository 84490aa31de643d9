-- gold.benchmarks: the published benchmarks of SPEC 4, from config (temp view ref_benchmarks).
-- Grain: metric, scope, scope_value.
SELECT metric, scope, scope_value, value, unit, source FROM ref_benchmarks
