package org.socialcare.warehouse.text;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigList;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigOrigin;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueType;

import java.io.Serializable;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Keyword taxonomy for messages without topic tags (SPEC 4, "topics"): labels {@code topic/subtopic}
 * (or {@code topic} alone) each with a list of keywords and phrases.
 *
 * <pre>
 * topics {
 *   billing { invoice = ["invoice", "bill", "charged twice", "rechnung", "faktur*"], refund = ["refund", "money back"] }
 *   delivery { late = ["late", "still waiting", "where is my"] }
 *   spam = ["unsubscribe"]            # a topic without subtopics
 * }
 * </pre>
 *
 * Matching rules:
 * <ul>
 *   <li>text and keywords are folded the same way: lower case, accents removed (é -> e, ö -> o,
 *       ł -> l, ß -> ss, æ -> ae, ø -> o, ...), compatibility forms unified (full-width letters, ligatures);</li>
 *   <li>both are split into words at every character that is not a letter or digit; a keyword matches a
 *       run of whole words, so "bill" does not match "billion" or "bills", and "where is my" matches
 *       "Where is my parcel?" and "where-is-my";</li>
 *   <li>a keyword ending in {@code *} matches its last word as a prefix ("faktur*" matches "faktura",
 *       "fakturę", "faktury"; "refund*" matches "refunds", "refunded");</li>
 *   <li>{@link #topicsOf} returns each matching label once, in taxonomy order: the order of
 *       {@link #fromMap}'s map, or for {@link #fromConfig} the order in which topics and subtopics
 *       appear in the config file. Typesafe Config keeps no key order, so it is rebuilt from the line
 *       each value starts on: keys that start on the same line are taken in alphabetical order, and keys
 *       from different files (an environment file adding a topic) file by file, in file-name order.
 *       Put each subtopic on its own line to control the order exactly.</li>
 * </ul>
 * Immutable, thread-safe and serialisable (for Spark closures).
 */
public final class TopicTaxonomy implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The default config path of the taxonomy. */
    public static final String DEFAULT_PATH = "topics";

    private final List<String> labels;
    /** Keywords per label, as given (for {@link #keywords}). */
    private final Map<String, List<String>> keywordsByLabel;
    /** Folded keywords whose last word is exact, by their first word. */
    private final Map<String, List<Phrase>> byFirstWord;
    /** Folded keywords whose only word is a prefix ("refund*"), by prefix. */
    private final Map<String, List<Phrase>> byPrefix;
    /** Distinct lengths of the keys of {@link #byPrefix}, ascending. */
    private final int[] prefixLengths;

    /** One folded keyword: its words (the last one a prefix when {@code prefix}) and its label index. */
    private record Phrase(String[] words, boolean prefix, int label) implements Serializable {
    }

    private TopicTaxonomy(Map<String, List<String>> keywordsByLabel) {
        this.labels = List.copyOf(keywordsByLabel.keySet());
        Map<String, List<String>> copy = new LinkedHashMap<>();
        Map<String, List<Phrase>> first = new HashMap<>();
        Map<String, List<Phrase>> prefixes = new HashMap<>();
        TreeSet<Integer> lengths = new TreeSet<>();
        int index = 0;
        for (Map.Entry<String, List<String>> e : keywordsByLabel.entrySet()) {
            copy.put(e.getKey(), List.copyOf(e.getValue()));
            for (String keyword : e.getValue()) {
                Phrase phrase = compile(e.getKey(), keyword, index);
                if (phrase.words.length == 1 && phrase.prefix) {
                    prefixes.computeIfAbsent(phrase.words[0], k -> new ArrayList<>()).add(phrase);
                    lengths.add(phrase.words[0].length());
                } else {
                    first.computeIfAbsent(phrase.words[0], k -> new ArrayList<>()).add(phrase);
                }
            }
            index++;
        }
        this.keywordsByLabel = Collections.unmodifiableMap(copy);
        this.byFirstWord = first;
        this.byPrefix = prefixes;
        this.prefixLengths = lengths.stream().mapToInt(Integer::intValue).toArray();
    }

    private static Phrase compile(String label, String keyword, int index) {
        if (keyword == null) {
            throw new IllegalArgumentException("topic " + label + ": null keyword");
        }
        String k = keyword.strip();
        boolean prefix = k.endsWith("*");
        if (prefix) {
            k = k.substring(0, k.length() - 1);
        }
        if (k.indexOf('*') >= 0) {
            throw new IllegalArgumentException("topic " + label + ": \"*\" may only end a keyword: \"" + keyword + "\"");
        }
        List<String> words = words(fold(k));
        if (words.isEmpty()) {
            throw new IllegalArgumentException("topic " + label + ": keyword \"" + keyword + "\" has no letters or digits");
        }
        if (prefix && (k.isEmpty() || !Character.isLetterOrDigit(k.charAt(k.length() - 1)))) {
            throw new IllegalArgumentException("topic " + label + ": \"*\" must follow a letter or digit in \"" + keyword + "\"");
        }
        return new Phrase(words.toArray(new String[0]), prefix, index);
    }

    /** An empty taxonomy: every text has no topics. */
    public static TopicTaxonomy empty() {
        return new TopicTaxonomy(Map.of());
    }

    /**
     * A taxonomy from topic -> subtopic -> keywords, in the maps' iteration order (use
     * {@link LinkedHashMap} for a chosen order). A subtopic key of {@code ""} or {@code null} stands for
     * the topic itself (label without "/").
     */
    public static TopicTaxonomy fromMap(Map<String, ? extends Map<String, ? extends List<String>>> topics) {
        Map<String, List<String>> byLabel = new LinkedHashMap<>();
        topics.forEach((topic, subtopics) -> subtopics.forEach((subtopic, keywords) -> {
            String label = subtopic == null || subtopic.isEmpty() ? topic : topic + "/" + subtopic;
            checkName(topic, label);
            if (subtopic != null && !subtopic.isEmpty()) {
                checkName(subtopic, label);
            }
            byLabel.computeIfAbsent(label, k -> new ArrayList<>()).addAll(keywords);
        }));
        return new TopicTaxonomy(byLabel);
    }

    /** The taxonomy at {@code topics} of a config; empty when the path is absent. */
    public static TopicTaxonomy fromConfig(Config config) {
        return fromConfig(config, DEFAULT_PATH);
    }

    /**
     * The taxonomy at {@code path} of a config: an object of topics, each either a list of keywords or
     * an object of subtopics whose values are lists of keywords. Empty when the path is absent.
     *
     * @throws ConfigException.BadValue when the block has another shape (the message names the path)
     */
    public static TopicTaxonomy fromConfig(Config config, String path) {
        if (!config.hasPath(path)) {
            return empty();
        }
        ConfigObject root;
        try {
            root = config.getObject(path);
        } catch (ConfigException.WrongType e) {
            throw new ConfigException.BadValue(config.getValue(path).origin(), path,
                    "a topic taxonomy must be an object of topics", e);
        }
        Map<String, List<String>> byLabel = new LinkedHashMap<>();
        for (Map.Entry<String, ConfigValue> topic : inFileOrder(root)) {
            String topicName = topic.getKey();
            ConfigValue value = topic.getValue();
            String topicPath = path + "." + quote(topicName);
            checkConfigName(topicName, value, topicPath);
            if (value.valueType() == ConfigValueType.LIST) {
                byLabel.put(topicName, keywords(topicName, (ConfigList) value, topicPath));
            } else if (value.valueType() == ConfigValueType.OBJECT) {
                for (Map.Entry<String, ConfigValue> sub : inFileOrder((ConfigObject) value)) {
                    String subPath = topicPath + "." + quote(sub.getKey());
                    checkConfigName(sub.getKey(), sub.getValue(), subPath);
                    if (sub.getValue().valueType() != ConfigValueType.LIST) {
                        throw new ConfigException.BadValue(sub.getValue().origin(), subPath,
                                "expected a list of keywords, got " + sub.getValue().valueType());
                    }
                    String label = topicName + "/" + sub.getKey();
                    byLabel.put(label, keywords(label, (ConfigList) sub.getValue(), subPath));
                }
            } else {
                throw new ConfigException.BadValue(value.origin(), topicPath,
                        "expected an object of subtopics or a list of keywords, got " + value.valueType());
            }
        }
        try {
            return new TopicTaxonomy(byLabel);
        } catch (IllegalArgumentException e) {
            throw new ConfigException.BadValue(root.origin(), path, e.getMessage(), e);
        }
    }

    /** Matching labels of a text, each once, in taxonomy order; empty for null or blank text. */
    public List<String> topicsOf(String text) {
        if (text == null || text.isBlank() || labels.isEmpty()) {
            return List.of();
        }
        List<String> words = words(fold(text));
        boolean[] hit = new boolean[labels.size()];
        int hits = 0;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            List<Phrase> candidates = byFirstWord.get(w);
            if (candidates != null) {
                for (Phrase p : candidates) {
                    if (!hit[p.label] && matchesAt(p, words, i)) {
                        hit[p.label] = true;
                        hits++;
                    }
                }
            }
            for (int len : prefixLengths) {
                if (len > w.length()) {
                    break;
                }
                List<Phrase> byStem = byPrefix.get(len == w.length() ? w : w.substring(0, len));
                if (byStem != null) {
                    for (Phrase p : byStem) {
                        if (!hit[p.label]) {
                            hit[p.label] = true;
                            hits++;
                        }
                    }
                }
            }
        }
        if (hits == 0) {
            return List.of();
        }
        List<String> out = new ArrayList<>(hits);
        for (int l = 0; l < hit.length; l++) {
            if (hit[l]) {
                out.add(labels.get(l));
            }
        }
        return out;
    }

    private static boolean matchesAt(Phrase p, List<String> words, int i) {
        String[] pw = p.words;
        if (i + pw.length > words.size()) {
            return false;
        }
        for (int k = 0; k < pw.length; k++) {
            String w = words.get(i + k);
            boolean last = k == pw.length - 1;
            if (last && p.prefix ? !w.startsWith(pw[k]) : !w.equals(pw[k])) {
                return false;
            }
        }
        return true;
    }

    /** All labels, in taxonomy order. */
    public List<String> labels() {
        return labels;
    }

    /** The keywords of each label as configured, in taxonomy order. */
    public Map<String, List<String>> keywords() {
        return keywordsByLabel;
    }

    public boolean isEmpty() {
        return labels.isEmpty();
    }

    @Override
    public String toString() {
        return "TopicTaxonomy" + labels;
    }

    /**
     * Folds text for matching: NFKD, combining marks removed, lower case, and the Latin letters that do
     * not decompose mapped to their plain forms.
     */
    static String fold(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK) {
                continue;
            }
            switch (cp) {
                case 'ł', 'Ł' -> sb.append('l');
                case 'ß', 'ẞ' -> sb.append("ss");
                case 'æ', 'Æ' -> sb.append("ae");
                case 'œ', 'Œ' -> sb.append("oe");
                case 'ø', 'Ø' -> sb.append('o');
                case 'đ', 'Đ', 'ð', 'Ð' -> sb.append('d');
                case 'þ', 'Þ' -> sb.append("th");
                case 'ı' -> sb.append('i');
                default -> sb.appendCodePoint(Character.toLowerCase(cp));
            }
        }
        return sb.toString();
    }

    /** Runs of letters and digits. */
    static List<String> words(String folded) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            boolean wordChar = Character.isLetterOrDigit(cp);
            if (wordChar && start < 0) {
                start = i;
            } else if (!wordChar && start >= 0) {
                out.add(folded.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            out.add(folded.substring(start));
        }
        return out;
    }

    private static List<Map.Entry<String, ConfigValue>> inFileOrder(ConfigObject object) {
        List<Map.Entry<String, ConfigValue>> entries = new ArrayList<>(object.entrySet());
        entries.sort(Comparator
                .comparing((Map.Entry<String, ConfigValue> e) -> sourceOf(e.getValue().origin()))
                .thenComparingInt(e -> e.getValue().origin().lineNumber())
                .thenComparing(Map.Entry::getKey));
        return entries;
    }

    /** The file or resource a value comes from ("" for a parsed string). */
    private static String sourceOf(ConfigOrigin origin) {
        if (origin.resource() != null) {
            return origin.resource();
        }
        if (origin.filename() != null) {
            return origin.filename();
        }
        return origin.url() != null ? origin.url().toString() : "";
    }

    /** The keywords of a label, each checked, so that an error points at its line. */
    private static List<String> keywords(String label, ConfigList list, String path) {
        List<String> out = new ArrayList<>(list.size());
        for (ConfigValue v : list) {
            if (v.valueType() != ConfigValueType.STRING) {
                throw new ConfigException.BadValue(v.origin(), path, "keywords must be strings, got " + v.valueType());
            }
            String keyword = (String) v.unwrapped();
            try {
                compile(label, keyword, 0);
            } catch (IllegalArgumentException e) {
                throw new ConfigException.BadValue(v.origin(), path, e.getMessage(), e);
            }
            out.add(keyword);
        }
        return out;
    }

    private static void checkConfigName(String name, ConfigValue value, String path) {
        try {
            checkName(name, path);
        } catch (IllegalArgumentException e) {
            throw new ConfigException.BadValue(value.origin(), path, e.getMessage(), e);
        }
    }

    private static void checkName(String name, String where) {
        if (name == null || name.isBlank() || name.contains("/")) {
            throw new IllegalArgumentException("bad topic or subtopic name \"" + name + "\" at " + where
                    + ": must be non-blank and contain no \"/\"");
        }
    }

    private static String quote(String key) {
        return key.matches("[A-Za-z0-9_-]+") ? key : "\"" + key.replace("\"", "\\\"") + "\"";
    }
}
