-- Every TWCS row of the dump as a canonical message record (the j struct of CanonicalRecordParser,
-- fields as text), or with the reason it cannot be one. Mapping (SPEC 1, issue 7):
--   direction   - inbound TRUE: in (from the customer); FALSE: out (from the company);
--   brand_id    - the company account of the tweet's thread: the first one up its reply chain (its
--                 own author for a company tweet, a stored parent's brand for a chain that began in
--                 an earlier dump); else the company that answers first in the thread within the
--                 dump (links downwards); else the first company @handle the tweet mentions (a
--                 customer's tweet whose answer comes in a later dump);
--   customer_id - the customer: the author of an inbound tweet; for a company tweet the first
--                 customer up its chain (the one it answers), else the first numeric @mention
--                 (company replies open with "@<customer>", so a reply to a tweet missing from the
--                 data still finds its customer);
--   thread_id   - the root tweet of the reply chain; reply_to_id - in_response_to_tweet_id;
--   agent_id    - <brand>/<sign-off> for a company tweet signed "-Becky", "^JK", "\n^HSB" ... (SignOff);
--   text        - with HTML entities decoded (done by TwcsRowParser); channel - twitter.
-- Rows that cannot be mapped keep their raw text and go to quarantine: a thread with no company
-- account in it (twcs_no_company), a company tweet that answers no customer, such as a broadcast post
-- (twcs_no_customer; each customer who answers it has a conversation of their own), a reply chain
-- that loops (twcs_reply_loop); and the rows TwcsDumpReader could not read (read_error).
-- Sources: temp views twcs_rows, twcs_tweets, twcs_chains (the ended walks).
WITH thread_company AS (
  SELECT c.top_id,
         min_by(t.author_id, named_struct('at', t.created_at, 'id', t.tweet_id)) AS company
  FROM twcs_chains AS c
  JOIN twcs_tweets AS t ON t.tweet_id = c.tweet_id
  WHERE t.is_company
  GROUP BY c.top_id
),
resolved AS (
  SELECT t.tweet_id, c.top_id AS thread_id, c.next_id IS NOT NULL AS loops,
         coalesce(c.company, tc.company,
                  nullif(regexp_extract(t.text, '(?<![\\w@])@(\\w*[A-Za-z_]\\w*)', 1), '')) AS brand_id,
         coalesce(c.customer,
                  nullif(regexp_extract(t.text, '(?<![\\w@])@([0-9]+)(?!\\w)', 1), ''))   AS customer_id
  FROM twcs_tweets AS t
  JOIN twcs_chains AS c ON c.tweet_id = t.tweet_id
  LEFT JOIN thread_company AS tc ON tc.top_id = c.top_id
),
checked AS (
  SELECT r.*, x.thread_id, x.brand_id, x.customer_id,
    CASE
      WHEN r.read_error IS NOT NULL THEN r.read_error
      WHEN x.loops THEN concat('tweet ', r.tweet_id, ' is in a reply chain that loops back on itself ',
                               '(in_response_to_tweet_id links form a cycle)')
      WHEN x.brand_id IS NULL THEN concat('tweet ', r.tweet_id, ' by ', r.author_id, ' is in a thread with no ',
                               'company account: no company tweets in it or is @mentioned (a thread between customers)')
      WHEN x.customer_id IS NULL THEN concat('company tweet ', r.tweet_id, ' by ', r.author_id, ' answers no ',
                               'customer (a broadcast post: each customer who answers it has a conversation of their own)')
    END AS mapping_error,
    CASE
      WHEN r.read_error IS NOT NULL THEN r.read_error_code
      WHEN x.loops THEN 'twcs_reply_loop'
      WHEN x.brand_id IS NULL THEN 'twcs_no_company'
      WHEN x.customer_id IS NULL THEN 'twcs_no_customer'
    END AS mapping_error_code
  FROM twcs_rows AS r
  LEFT JOIN resolved AS x ON x.tweet_id = r.tweet_id
)
SELECT dump_date, source_file, line_number, raw_line,
       mapping_error AS read_error, mapping_error_code AS read_error_code,
       CASE WHEN tweet_id IS NOT NULL THEN named_struct(
         'type', 'message',
         'id', tweet_id,
         'channel', 'twitter',
         'brand_id', brand_id,
         'direction', CASE WHEN inbound THEN 'in' ELSE 'out' END,
         'customer_id', customer_id,
         'created_at', date_format(created_at, "yyyy-MM-dd'T'HH:mm:ss'Z'"),
         'thread_id', thread_id,
         'reply_to_id', in_response_to_tweet_id,
         'agent_id', CASE WHEN NOT inbound THEN concat(brand_id, '/', twcs_sign_off(text)) END,
         'sender_type', CAST(NULL AS STRING),
         'text', text,
         'visibility', 'public',
         'tags', CAST(NULL AS STRING),
         'quick_reply', CAST(NULL AS STRING),
         'sentiment', CAST(NULL AS STRING),
         'handle_seconds', CAST(NULL AS STRING),
         'needs_reply', CAST(NULL AS STRING),
         'event', CAST(NULL AS STRING),
         'target', CAST(NULL AS STRING),
         'kind', CAST(NULL AS STRING),
         'score', CAST(NULL AS STRING),
         'scale_min', CAST(NULL AS STRING),
         'scale_max', CAST(NULL AS STRING),
         'comment', CAST(NULL AS STRING),
         '_corrupt_record', CAST(NULL AS STRING)) END AS j
FROM checked
