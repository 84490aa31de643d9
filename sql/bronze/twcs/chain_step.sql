-- One step of the walk up the reply chains (pointer jumping): each tweet whose walk has not ended
-- appends the walk of the tweet it reached (next_id), so the distance covered doubles every step and
-- a chain of n tweets is walked in about log2(n) steps. A walk ends at a tweet with no parent, at a
-- stored parent, or at a parent that is in neither the dump nor bronze: that missing tweet's id is
-- then the top of the chain (the root as far as the links tell), shared by all its replies.
-- Source: temp view twcs_chains (the previous step's state, see chain_start.sql).
SELECT t.tweet_id,
       CASE WHEN t.next_id IS NOT NULL AND n.tweet_id IS NOT NULL THEN n.next_id END AS next_id,
       coalesce(t.company, n.company)   AS company,
       coalesce(t.customer, n.customer) AS customer,
       CASE WHEN t.next_id IS NULL THEN t.top_id
            WHEN n.tweet_id IS NULL THEN t.next_id
            ELSE n.top_id END           AS top_id
FROM twcs_chains AS t
LEFT JOIN twcs_chains AS n ON n.tweet_id = t.next_id
