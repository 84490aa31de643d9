package org.socialcare.warehouse.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Rule-based sentiment for short social-media texts: an implementation of VADER (Valence Aware
 * Dictionary and sEntiment Reasoner; C.J. Hutto and E. Gilbert, ICWSM 2014), written for this project
 * after the rules of the paper and of the reference implementation vaderSentiment 3.3.2.
 *
 * <p>Each token found in the lexicon contributes its valence (-4..+4), adjusted by
 * <ul>
 *   <li>ALL-CAPS emphasis: +-0.733 when the word is in capitals and the text mixes case;</li>
 *   <li>booster and dampener words ("very", "extremely", "kinda", "slightly", ...) within the three
 *       preceding tokens: +-0.293, times 0.95 at distance 2 and 0.9 at distance 3;</li>
 *   <li>negation ("not", "never", "isn't", "dont", ...) within the three preceding tokens: x -0.74;
 *       "no" before a sentiment word; "least" ("the least helpful"); "never so/this" (x 1.25);
 *       "without doubt" (no negation);</li>
 *   <li>"but": valences before the first "but" x 0.5, after it x 1.5;</li>
 *   <li>a few multi-word expressions with a fixed valence ("the bomb", "yeah right", "bus stop",
 *       "broken heart", ...).</li>
 * </ul>
 * The sum is amplified away from zero by "!" (0.292 each, at most 4) and by two or more "?" (0.18 each
 * up to 3, else 0.96) and normalised to compound = sum / sqrt(sum^2 + 15), rounded to 4 decimals; the
 * label uses VADER's thresholds ({@link Sentiment#labelOf}).
 *
 * <p>Lexicons, read once per JVM on first use from the classpath ({@code sentiment/}): VADER's
 * {@code vader_lexicon.txt} (MIT), a small project-made {@code social_care_lexicon.tsv}, and a
 * project-made {@code emoji_valence.tsv} that gives emoji a valence directly (VADER 3.3 instead replaces
 * emoji by their English names). See {@code sentiment/NOTICE.txt}.
 *
 * <p>Deliberate differences from vaderSentiment 3.3.2, each a fix of a known quirk; none changes the
 * score of a simple sentence:
 * <ul>
 *   <li>tokens: leading/trailing punctuation is always stripped unless the token is a lexicon entry as
 *       it stands (an emoticon such as ":)" or ":D"), so "ok!" scores like "ok" and "good,but" splits into
 *       "good" and "but"; emoji are tokens of their own even when glued to words; typographic
 *       apostrophes count as "'" (so "don’t" negates);</li>
 *   <li>lexicon entries with capitals (":D", ":P") match as written;</li>
 *   <li>"but": every valence before/after the first "but" is scaled (3.3.2 rescales by list value,
 *       which can miss repeated values);</li>
 *   <li>"never so/this" at distance 3 needs the "never" (3.3.2's operator precedence applies x1.25
 *       whenever "so"/"this" precedes a word with two further tokens before it);</li>
 *   <li>multi-word expressions are matched wherever they occur (3.3.2 only checks them for a word with
 *       at least three tokens before it); VADER's idiom list ("under the weather", "cut the mustard",
 *       ...), unused in 3.3.2, is included;</li>
 *   <li>@mentions and links are not tokens: a brand handle such as "@united" or "@amazon" would
 *       otherwise score as the lexicon word "united" (1.8) or "amazon" (0.7);</li>
 *   <li>ALL-CAPS emphasis is not applied to a zero valence (3.3.2 turns a capitalised "NO" before a
 *       sentiment word into -0.733).</li>
 * </ul>
 *
 * <p>Thread-safe and stateless; serialisable so it can travel in a Spark closure (the lexicon is not
 * serialised: each executor JVM loads it once).
 */
public final class SentimentAnalyzer implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Classpath folder of the lexicon files. */
    public static final String RESOURCE_DIR = "/sentiment/";

    static final double B_INCR = 0.293;
    static final double B_DECR = -0.293;
    static final double C_INCR = 0.733;
    static final double N_SCALAR = -0.74;
    static final double EXCLAMATION_WEIGHT = 0.292;
    static final int MAX_EXCLAMATIONS = 4;
    static final double QUESTION_WEIGHT = 0.18;
    static final double MAX_QUESTION_AMPLIFIER = 0.96;
    static final double ALPHA = 15.0;

    /** Negation words (vaderSentiment 3.3.2); any token containing "n't" negates too. */
    static final Set<String> NEGATE = Collections.unmodifiableSet(new HashSet<>(List.of(
            "aint", "arent", "cannot", "cant", "couldnt", "darent", "didnt", "doesnt",
            "ain't", "aren't", "can't", "couldn't", "daren't", "didn't", "doesn't",
            "dont", "hadnt", "hasnt", "havent", "isnt", "mightnt", "mustnt", "neither",
            "don't", "hadn't", "hasn't", "haven't", "isn't", "mightn't", "mustn't",
            "neednt", "needn't", "never", "none", "nope", "nor", "not", "nothing", "nowhere",
            "oughtnt", "shant", "shouldnt", "uhuh", "wasnt", "werent",
            "oughtn't", "shan't", "shouldn't", "uh-uh", "wasn't", "weren't",
            "without", "wont", "wouldnt", "won't", "wouldn't", "rarely", "seldom", "despite")));

    /** Single-token boosters (+) and dampeners (-) (vaderSentiment 3.3.2). */
    static final Map<String, Double> BOOSTERS = boosters();

    /** Two-token dampeners: the first token is a modifier, the second carries the scalar. */
    static final Map<String, Double> BOOSTER_BIGRAMS = Map.of(
            "kind of", B_DECR, "sort of", B_DECR, "just enough", B_DECR);

    /**
     * Multi-word expressions with a fixed valence: vaderSentiment's SPECIAL_CASES and
     * SENTIMENT_LADEN_IDIOMS. The valence replaces those of the expression's words.
     */
    static final Map<String, Double> SPECIAL_CASES = Map.ofEntries(
            Map.entry("the shit", 3.0), Map.entry("the bomb", 3.0), Map.entry("bad ass", 1.5),
            Map.entry("bus stop", 0.0), Map.entry("yeah right", -2.0), Map.entry("kiss of death", -1.5),
            Map.entry("to die for", 3.0), Map.entry("beating heart", 3.1), Map.entry("broken heart", -2.9),
            Map.entry("cut the mustard", 2.0), Map.entry("hand to mouth", -2.0), Map.entry("back handed", -2.0),
            Map.entry("blow smoke", -2.0), Map.entry("blowing smoke", -2.0), Map.entry("upper hand", 1.0),
            Map.entry("break a leg", 2.0), Map.entry("cooking with gas", 2.0), Map.entry("in the black", 2.0),
            Map.entry("in the red", -2.0), Map.entry("on the ball", 2.0), Map.entry("under the weather", -2.0));

    /** First words of the multi-word entries, to skip building n-grams that cannot match. */
    private static final Set<String> BIGRAM_STARTS = firstWords(BOOSTER_BIGRAMS);
    private static final Set<String> SPECIAL_STARTS = firstWords(SPECIAL_CASES);

    /** Characters that split a token even inside it ("good,but", "late...again"). */
    private static final String HARD_PUNCTUATION = ".,;:!?\"()[]{}<>/\\|…";

    private static final Sentiment NEUTRAL_ZERO = Sentiment.NEUTRAL_ZERO;

    /** The analyzer; all state is the shared, immutable lexicon. */
    public SentimentAnalyzer() {
    }

    /** The sentiment of {@code text}; null or blank text is neutral with compound 0. */
    public Sentiment analyze(String text) {
        if (text == null || text.isBlank()) {
            return NEUTRAL_ZERO;
        }
        Lexicon lexicon = Lexicon.get();
        List<String> tokens = tokenize(text, lexicon);
        int n = tokens.size();
        if (n == 0) {
            return NEUTRAL_ZERO;
        }
        String[] raw = tokens.toArray(new String[0]);
        String[] low = new String[n];
        boolean[] upper = new boolean[n];
        double[] lex = new double[n];       // lexicon valence, NaN when the token is not a lexicon word
        double[] boost = new double[n];     // booster scalar carried by the token, 0 when none
        boolean[] modifier = new boolean[n]; // token scores nothing (a booster, "kind" of "kind of", ...)
        int upperCount = 0;
        for (int i = 0; i < n; i++) {
            low[i] = raw[i].toLowerCase(Locale.ROOT);
            upper[i] = isUpper(raw[i]);
            if (upper[i]) {
                upperCount++;
            }
            Double v = lexicon.valence(raw[i], low[i]);
            lex[i] = v == null ? Double.NaN : v;
            Double b = BOOSTERS.get(low[i]);
            if (b != null) {
                boost[i] = b;
                modifier[i] = true;
            }
        }
        for (int i = 0; i + 1 < n; i++) {
            if (!BIGRAM_STARTS.contains(low[i])) {
                continue;
            }
            Double b = BOOSTER_BIGRAMS.get(low[i] + " " + low[i + 1]);
            if (b != null) {
                modifier[i] = true;
                lex[i] = Double.NaN;
                boost[i] = 0.0;
                lex[i + 1] = Double.NaN;
                boost[i + 1] = b;
                modifier[i + 1] = true;
            }
        }
        applySpecialCases(low, lex, boost, modifier);
        // VADER's "is_cap_diff": some but not all tokens are in capitals.
        boolean capDiff = upperCount > 0 && upperCount < n;

        double[] sentiments = new double[n];
        for (int i = 0; i < n; i++) {
            if (modifier[i] || Double.isNaN(lex[i])) {
                continue;
            }
            sentiments[i] = valence(i, raw, low, upper, lex, boost, capDiff);
        }
        butCheck(low, sentiments);

        double sum = 0.0;
        for (double s : sentiments) {
            sum += s;
        }
        if (sum == 0.0) {
            return NEUTRAL_ZERO;
        }
        double amplifier = punctuationEmphasis(text);
        sum += sum > 0 ? amplifier : -amplifier;
        double compound = Math.round(normalize(sum) * 10_000.0) / 10_000.0;
        return Sentiment.of(compound);
    }

    /** The valence of lexicon token i after emphasis, boosters, negation and "least". */
    private static double valence(int i, String[] raw, String[] low, boolean[] upper, double[] lex,
                                  double[] boost, boolean capDiff) {
        int n = low.length;
        double base = lex[i];
        double v = base;
        // "no" as a determiner ("no help") negates the next word instead of scoring itself.
        if (low[i].equals("no") && i < n - 1 && !Double.isNaN(lex[i + 1])) {
            v = 0.0;
        }
        if ((i > 0 && low[i - 1].equals("no"))
                || (i > 1 && low[i - 2].equals("no"))
                || (i > 2 && low[i - 3].equals("no") && (low[i - 1].equals("or") || low[i - 1].equals("nor")))) {
            v = base * N_SCALAR;
        }
        if (upper[i] && capDiff && v != 0.0) {
            v += v > 0 ? C_INCR : -C_INCR;
        }
        for (int k = 0; k < 3; k++) {
            int j = i - k - 1;
            if (j < 0) {
                break;
            }
            if (!Double.isNaN(lex[j])) {
                continue; // only words outside the lexicon modify (as in VADER)
            }
            double s = scalar(j, raw, upper, boost, v, capDiff);
            if (k == 1) {
                s *= 0.95;
            } else if (k == 2) {
                s *= 0.9;
            }
            v += s;
            v = negationCheck(v, low, k, i);
        }
        return leastCheck(v, low, lex, i);
    }

    /** Booster scalar of token j for a word of valence v (VADER's scalar_inc_dec). */
    private static double scalar(int j, String[] raw, boolean[] upper, double[] boost, double v, boolean capDiff) {
        double s = boost[j];
        if (s == 0.0) {
            return 0.0;
        }
        if (v < 0) {
            s = -s;
        }
        if (upper[j] && capDiff) {
            s += v > 0 ? C_INCR : -C_INCR;
        }
        return s;
    }

    private static boolean negated(String lowerWord) {
        return NEGATE.contains(lowerWord) || lowerWord.contains("n't");
    }

    /** Negation at distance k + 1 before token i (VADER's _negation_check, precedence fixed). */
    private static double negationCheck(double v, String[] low, int k, int i) {
        if (k == 0) {
            return negated(low[i - 1]) ? v * N_SCALAR : v;
        }
        if (k == 1) {
            if (low[i - 2].equals("never") && isSoOrThis(low[i - 1])) {
                return v * 1.25;
            }
            if (low[i - 2].equals("without") && low[i - 1].equals("doubt")) {
                return v;
            }
            return negated(low[i - 2]) ? v * N_SCALAR : v;
        }
        if (low[i - 3].equals("never") && (isSoOrThis(low[i - 2]) || isSoOrThis(low[i - 1]))) {
            return v * 1.25;
        }
        if (low[i - 3].equals("without") && (low[i - 2].equals("doubt") || low[i - 1].equals("doubt"))) {
            return v;
        }
        return negated(low[i - 3]) ? v * N_SCALAR : v;
    }

    private static boolean isSoOrThis(String w) {
        return w.equals("so") || w.equals("this");
    }

    /** "least" before a word negates it, except in "at least" and "very least" (VADER's _least_check). */
    private static double leastCheck(double v, String[] low, double[] lex, int i) {
        if (i > 0 && low[i - 1].equals("least") && Double.isNaN(lex[i - 1])) {
            if (i > 1 && (low[i - 2].equals("at") || low[i - 2].equals("very"))) {
                return v;
            }
            return v * N_SCALAR;
        }
        return v;
    }

    /** Valences before the first "but" count half, after it one and a half times. */
    private static void butCheck(String[] low, double[] sentiments) {
        int bi = -1;
        for (int i = 0; i < low.length; i++) {
            if (low[i].equals("but")) {
                bi = i;
                break;
            }
        }
        if (bi < 0) {
            return;
        }
        for (int i = 0; i < sentiments.length; i++) {
            if (i < bi) {
                sentiments[i] *= 0.5;
            } else if (i > bi) {
                sentiments[i] *= 1.5;
            }
        }
    }

    /**
     * Multi-word expressions: the first token carries the expression's valence as a lexicon word (so
     * boosters and negation before it still apply); the others score nothing.
     */
    private static void applySpecialCases(String[] low, double[] lex, double[] boost, boolean[] modifier) {
        int n = low.length;
        for (int i = 0; i + 1 < n; i++) {
            if (!SPECIAL_STARTS.contains(low[i])) {
                continue;
            }
            Double v = null;
            int len = 0;
            if (i + 2 < n) {
                v = SPECIAL_CASES.get(low[i] + " " + low[i + 1] + " " + low[i + 2]);
                len = 3;
            }
            if (v == null) {
                v = SPECIAL_CASES.get(low[i] + " " + low[i + 1]);
                len = 2;
            }
            if (v == null) {
                continue;
            }
            lex[i] = v;
            boost[i] = 0.0;
            modifier[i] = false;
            for (int j = i + 1; j < i + len; j++) {
                lex[j] = Double.NaN;
                boost[j] = 0.0;
                modifier[j] = true;
            }
            i += len - 1;
        }
    }

    /** "!" adds 0.292 each (at most 4); two or three "?" add 0.18 each, more add 0.96. */
    static double punctuationEmphasis(String text) {
        int exclamations = 0;
        int questions = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '!') {
                exclamations++;
            } else if (c == '?') {
                questions++;
            }
        }
        double amplifier = Math.min(exclamations, MAX_EXCLAMATIONS) * EXCLAMATION_WEIGHT;
        if (questions > 1) {
            amplifier += questions <= 3 ? questions * QUESTION_WEIGHT : MAX_QUESTION_AMPLIFIER;
        }
        return amplifier;
    }

    /** VADER's normalisation of a valence sum into [-1, 1]. */
    static double normalize(double score) {
        double norm = score / Math.sqrt(score * score + ALPHA);
        return Math.max(-1.0, Math.min(1.0, norm));
    }

    /** Python's str.isupper(): at least one cased character and no lower- or title-case one. */
    static boolean isUpper(String s) {
        boolean cased = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLowerCase(cp) || Character.isTitleCase(cp)) {
                return false;
            }
            if (Character.isUpperCase(cp)) {
                cased = true;
            }
        }
        return cased;
    }

    /** The tokens VADER scores (package-private for tests). */
    static List<String> tokenize(String text) {
        return tokenize(text, Lexicon.get());
    }

    private static List<String> tokenize(String text, Lexicon lexicon) {
        String s = separateEmoji(text, lexicon);
        List<String> out = new ArrayList<>();
        int len = s.length();
        int i = 0;
        while (i < len) {
            while (i < len && isSpace(s.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < len && !isSpace(s.charAt(i))) {
                i++;
            }
            if (i > start) {
                addToken(s.substring(start, i), lexicon, out);
            }
        }
        return out;
    }

    private static void addToken(String token, Lexicon lexicon, List<String> out) {
        if (lexicon.valence(token, token.toLowerCase(Locale.ROOT)) != null) {
            out.add(token); // a lexicon entry as it stands, e.g. an emoticon ":)" or an emoji
            return;
        }
        if ((token.length() > 1 && token.charAt(0) == '@') || token.contains("://") || token.startsWith("www.")) {
            return; // a mention (@united, @amazon: a name, not a sentiment) or a link
        }
        int len = token.length();
        int start = 0;
        for (int i = 0; i <= len; i++) {
            if (i == len || HARD_PUNCTUATION.indexOf(token.charAt(i)) >= 0) {
                if (i > start) {
                    String piece = stripPunctuation(token, start, i);
                    if (!piece.isEmpty()) {
                        out.add(piece);
                    }
                }
                start = i + 1;
            }
        }
    }

    private static String stripPunctuation(String s, int from, int to) {
        while (from < to && isPunctuation(s.charAt(from))) {
            from++;
        }
        while (to > from && isPunctuation(s.charAt(to - 1))) {
            to--;
        }
        return s.substring(from, to);
    }

    /** Python's string.punctuation plus Unicode punctuation (quotes, dashes, ellipsis, ...). */
    private static boolean isPunctuation(char c) {
        if (c < 128) {
            return (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);
        }
        switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION:
            case Character.DASH_PUNCTUATION:
            case Character.START_PUNCTUATION:
            case Character.END_PUNCTUATION:
            case Character.INITIAL_QUOTE_PUNCTUATION:
            case Character.FINAL_QUOTE_PUNCTUATION:
            case Character.OTHER_PUNCTUATION:
                return true;
            default:
                return false;
        }
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F';
    }

    /**
     * Puts spaces around emoji that have a valence, drops other pictographs and the invisible parts of
     * emoji sequences (variation selectors, skin tones, zero-width-joined components, tags), and turns
     * typographic apostrophes into "'".
     */
    private static String separateEmoji(String text, Lexicon lexicon) {
        boolean plain = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u2000') {
                plain = false;
                break;
            }
        }
        if (plain) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length() + 8);
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == 0x2019 || cp == 0x2018 || cp == 0x02BC) {
                sb.append('\'');
            } else if (cp == 0x200D) {
                // zero-width joiner: the joined component belongs to the emoji before it
                if (i < text.length()) {
                    i += Character.charCount(text.codePointAt(i));
                }
            } else if (isEmojiModifier(cp)) {
                continue;
            } else if (lexicon.isEmoji(cp)) {
                sb.append(' ').appendCodePoint(cp).append(' ');
            } else if (isPictograph(cp)) {
                sb.append(' ');
            } else {
                sb.appendCodePoint(cp);
            }
        }
        return sb.toString();
    }

    private static boolean isEmojiModifier(int cp) {
        return cp == 0xFE0E || cp == 0xFE0F || (cp >= 0x1F3FB && cp <= 0x1F3FF) || (cp >= 0xE0020 && cp <= 0xE007F)
                || cp == 0x20E3;
    }

    private static boolean isPictograph(int cp) {
        return (cp >= 0x1F000 && cp <= 0x1FAFF) || (cp >= 0x2600 && cp <= 0x27BF) || (cp >= 0x2300 && cp <= 0x23FF)
                || (cp >= 0x2B00 && cp <= 0x2BFF) || (cp >= 0x2190 && cp <= 0x21FF);
    }

    private static Set<String> firstWords(Map<String, Double> phrases) {
        Set<String> out = new HashSet<>();
        for (String phrase : phrases.keySet()) {
            out.add(phrase.substring(0, phrase.indexOf(' ')));
        }
        return Collections.unmodifiableSet(out);
    }

    private static Map<String, Double> boosters() {
        Map<String, Double> m = new HashMap<>();
        for (String w : new String[] {"absolutely", "amazingly", "awfully", "completely", "considerable",
                "considerably", "decidedly", "deeply", "effing", "enormous", "enormously", "entirely", "especially",
                "exceptional", "exceptionally", "extreme", "extremely", "fabulously", "flipping", "flippin",
                "frackin", "fracking", "fricking", "frickin", "frigging", "friggin", "fully", "fuckin", "fucking",
                "fuggin", "fugging", "greatly", "hella", "highly", "hugely", "incredible", "incredibly", "intensely",
                "major", "majorly", "more", "most", "particularly", "purely", "quite", "really", "remarkably", "so",
                "substantially", "thoroughly", "total", "totally", "tremendous", "tremendously", "uber",
                "unbelievably", "unusually", "utter", "utterly", "very"}) {
            m.put(w, B_INCR);
        }
        for (String w : new String[] {"almost", "barely", "hardly", "kinda", "kindof", "kind-of", "less", "little",
                "marginal", "marginally", "occasional", "occasionally", "partly", "scarce", "scarcely", "slight",
                "slightly", "somewhat", "sorta", "sortof", "sort-of"}) {
            m.put(w, B_DECR);
        }
        return Collections.unmodifiableMap(m);
    }

    /** The lexicons, loaded once per JVM on first use (initialization-on-demand holder). */
    static final class Lexicon {
        private static final class Holder {
            static final Lexicon INSTANCE = load();
        }

        private final Map<String, Double> words;
        private final Map<Integer, Double> emoji;

        private Lexicon(Map<String, Double> words, Map<Integer, Double> emoji) {
            this.words = words;
            this.emoji = emoji;
        }

        static Lexicon get() {
            return Holder.INSTANCE;
        }

        /** Valence of a token: its lower-case form first, then as written (emoticons like ":D"). */
        Double valence(String raw, String lower) {
            Double v = words.get(lower);
            // toLowerCase returns the same instance when nothing changed: no second lookup then
            return v != null || raw == lower ? v : words.get(raw);
        }

        boolean isEmoji(int codePoint) {
            return emoji.containsKey(codePoint);
        }

        int size() {
            return words.size();
        }

        private static Lexicon load() {
            Map<String, Double> words = new HashMap<>(16_384);
            // VADER: token, mean valence, std dev, ratings; a repeated token keeps its last value, as in Python.
            read("vader_lexicon.txt", (token, value) -> words.put(token, value));
            read("social_care_lexicon.tsv", words::putIfAbsent);
            Map<Integer, Double> emoji = new HashMap<>();
            read("emoji_valence.tsv", (token, value) -> {
                int cp = token.codePointAt(0);
                if (Character.charCount(cp) != token.length()) {
                    throw new IllegalStateException("emoji_valence.tsv: one code point per line expected: " + token);
                }
                emoji.put(cp, value);
                words.put(token, value);
            });
            return new Lexicon(words, emoji); // HashMaps: faster than Map.copyOf's for frequent misses
        }

        private interface Entry {
            void accept(String token, double value);
        }

        private static void read(String file, Entry sink) {
            String path = RESOURCE_DIR + file;
            try (InputStream in = SentimentAnalyzer.class.getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException("sentiment lexicon " + path + " is not on the classpath");
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String line;
                int lineNo = 0;
                while ((line = reader.readLine()) != null) {
                    lineNo++;
                    if (line.isBlank() || (line.startsWith("#") && !file.startsWith("vader"))) {
                        continue;
                    }
                    String[] parts = line.split("\t");
                    if (parts.length < 2) {
                        throw new IllegalStateException(path + " line " + lineNo + ": expected token<TAB>valence");
                    }
                    try {
                        sink.accept(parts[0].strip(), Double.parseDouble(parts[1].strip()));
                    } catch (NumberFormatException e) {
                        throw new IllegalStateException(path + " line " + lineNo + ": bad valence " + parts[1], e);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read sentiment lexicon " + path, e);
            }
        }
    }
}
