-- Rebuilt messages whose brand is not in the reference data, and how many such brands (SPEC 2:
-- not an error; reported in the run's quality results). Sources: temp views scope_messages, ref_brands.
SELECT count(*) AS messages, count(DISTINCT m.brand_id) AS brands
FROM scope_messages AS m
LEFT ANTI JOIN ref_brands AS b ON b.brand_id = m.brand_id
