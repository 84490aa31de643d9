package org.socialcare.warehouse.text;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TopicTaxonomyTest {
    /** The block from the task, one subtopic per line so that file order is unambiguous. */
    private static final String SAMPLE = String.join("\n",
            "topics {",
            "  billing {",
            "    invoice = [\"invoice\", \"bill\", \"charged twice\", \"rechnung\", \"faktura\"]",
            "    refund = [\"refund\", \"money back\", \"zwrot\"]",
            "  }",
            "  delivery {",
            "    late = [\"late\", \"delayed\", \"still waiting\", \"where is my\"]",
            "    damaged = [\"damaged\", \"broken\"]",
            "  }",
            "}");

    private final TopicTaxonomy taxonomy = TopicTaxonomy.fromConfig(ConfigFactory.parseString(SAMPLE));

    @Test
    void labelsFollowTheConfigFile() {
        // "late" before "damaged" and "invoice" before "refund", as written (not alphabetical)
        assertEquals(List.of("billing/invoice", "billing/refund", "delivery/late", "delivery/damaged"),
                taxonomy.labels());
    }

    @Test
    void phraseMatchIsCaseInsensitive() {
        assertEquals(List.of("billing/invoice"), taxonomy.topicsOf("I was CHARGED TWICE for March"));
        assertEquals(List.of("delivery/late"), taxonomy.topicsOf("Where is my parcel??"));
        // the words of a phrase must be adjacent, punctuation between them does not matter
        assertEquals(List.of("delivery/late"), taxonomy.topicsOf("still-waiting!"));
        assertEquals(List.of(), taxonomy.topicsOf("I was charged, and twice I asked"));
    }

    @Test
    void severalTopicsEachOnceInConfigOrder() {
        // the text mentions late first and invoice twice: labels come once each, in taxonomy order
        assertEquals(List.of("billing/invoice", "billing/refund", "delivery/late", "delivery/damaged"),
                taxonomy.topicsOf("Parcel late and damaged, I want my money back; the bill says paid. BILL!"));
    }

    @Test
    void wholeWordsOnly() {
        assertEquals(List.of(), taxonomy.topicsOf("We owe you a billion thanks"));
        assertEquals(List.of(), taxonomy.topicsOf("Refunded already, and we will translate it later"));
        assertEquals(List.of("billing/invoice"), taxonomy.topicsOf("bill?"));
    }

    @Test
    void nonEnglishPhrasesAndAccents() {
        assertEquals(List.of("billing/invoice"), taxonomy.topicsOf("Die Rechnung ist falsch"));
        assertEquals(List.of("billing/refund"), taxonomy.topicsOf("Proszę o ZWROT"));
        // accents are ignored on both sides: "zwrót" matches "zwrot", "factura" does not match "faktura"
        assertEquals(List.of("billing/refund"), taxonomy.topicsOf("zwrót"));
        TopicTaxonomy accented = TopicTaxonomy.fromMap(Map.of("billing", Map.of("refund", List.of("zwrot środków"))));
        assertEquals(List.of("billing/refund"), accented.topicsOf("Gdzie jest mój ZWROT SRODKOW?"));
        assertEquals(List.of("billing/refund"), accented.topicsOf("zwrot środków"));
        TopicTaxonomy german = TopicTaxonomy.fromMap(Map.of("billing", Map.of("refund", List.of("Rückerstattung"))));
        assertEquals(List.of("billing/refund"), german.topicsOf("RUCKERSTATTUNG bitte"));
    }

    @Test
    void trailingStarMatchesAPrefix() {
        Map<String, Map<String, List<String>>> map = new LinkedHashMap<>();
        map.put("billing", Map.of("invoice", List.of("faktur*", "double charge*")));
        TopicTaxonomy t = TopicTaxonomy.fromMap(map);
        assertEquals(List.of("billing/invoice"), t.topicsOf("nie dostałem faktury"));
        assertEquals(List.of("billing/invoice"), t.topicsOf("Double charged again"));
        assertEquals(List.of(), t.topicsOf("a double espresso"));
        assertThrows(IllegalArgumentException.class,
                () -> TopicTaxonomy.fromMap(Map.of("a", Map.of("b", List.of("fak*tura")))));
    }

    @Test
    void fromMapKeepsMapOrderAndAllowsTopicWithoutSubtopic() {
        Map<String, Map<String, List<String>>> map = new LinkedHashMap<>();
        map.put("zeta", Map.of("", List.of("unsubscribe")));
        map.put("alpha", Map.of("one", List.of("hello")));
        TopicTaxonomy t = TopicTaxonomy.fromMap(map);
        assertEquals(List.of("zeta", "alpha/one"), t.topicsOf("hello, unsubscribe me"));
        Config c = ConfigFactory.parseString("topics { spam = [\"unsubscribe\"], billing { refund = [\"refund\"] } }");
        assertEquals(List.of("billing/refund", "spam"), TopicTaxonomy.fromConfig(c).topicsOf("unsubscribe; refund"));
    }

    @Test
    void emptyAndMissing() {
        assertEquals(List.of(), taxonomy.topicsOf(null));
        assertEquals(List.of(), taxonomy.topicsOf("  "));
        assertTrue(TopicTaxonomy.fromConfig(ConfigFactory.empty()).isEmpty());
        assertEquals(List.of(), TopicTaxonomy.empty().topicsOf("refund"));
    }

    @Test
    void badConfigNamesThePath() {
        Config c = ConfigFactory.parseString("topics { billing { refund = \"refund\" } }");
        ConfigException e = assertThrows(ConfigException.class, () -> TopicTaxonomy.fromConfig(c));
        assertTrue(e.getMessage().contains("topics.billing.refund"), e.getMessage());
        Config empty = ConfigFactory.parseString("topics {\n billing {\n  refund = [\"refund\",\n   \"!!\"] } }");
        ConfigException noWord = assertThrows(ConfigException.class, () -> TopicTaxonomy.fromConfig(empty));
        // the message names the path and the line of the bad keyword
        assertTrue(noWord.getMessage().contains("topics.billing.refund") && noWord.getMessage().contains("4"),
                noWord.getMessage());
        assertThrows(ConfigException.class,
                () -> TopicTaxonomy.fromConfig(ConfigFactory.parseString("topics { \"a/b\" { c = [\"x\"] } }")));
        assertThrows(IllegalArgumentException.class,
                () -> TopicTaxonomy.fromMap(Map.of("a/b", Map.of("c", List.of("x")))));
    }

    @Test
    void defaultTaxonomyFile() {
        Config c = ConfigFactory.parseResources("reference/topics.conf");
        TopicTaxonomy t = TopicTaxonomy.fromConfig(c);
        assertEquals(List.of("billing/invoice", "billing/refund", "delivery/late", "delivery/damaged",
                "account/login", "account/password", "network/outage", "network/slow", "travel/baggage",
                "travel/delay", "card/blocked", "card/fraud", "energy/meter", "energy/outage"), t.labels());
        assertEquals(List.of("billing/invoice", "billing/refund"),
                t.topicsOf("You charged me twice?? I was double charged, I want a refund"));
        assertEquals(List.of("delivery/late"), t.topicsOf("Gdzie jest moja paczka? Nadal czekam!"));
        assertEquals(List.of("delivery/damaged"), t.topicsOf("Paket kam beschädigt an"));
        assertEquals(List.of("account/login", "account/password"), t.topicsOf("Can't log in, password reset link expired"));
        assertEquals(List.of("network/outage"), t.topicsOf("No signal since this morning"));
        assertEquals(List.of("network/slow"), t.topicsOf("Internet is slow again"));
        assertEquals(List.of("travel/baggage", "travel/delay"),
                t.topicsOf("Flight was delayed 5h and my luggage is lost"));
        assertEquals(List.of("card/blocked"), t.topicsOf("Mi tarjeta bloqueada otra vez"));
        assertEquals(List.of("card/fraud"), t.topicsOf("There is an unauthorised payment, is this fraud?"));
        assertEquals(List.of("energy/meter"), t.topicsOf("Wie gebe ich den Zählerstand an?"));
        assertEquals(List.of("energy/outage"), t.topicsOf("Power cut in our street"));
        assertEquals(List.of(), t.topicsOf("Thanks, have a nice day!"));
    }

    @Test
    void serialisable() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(taxonomy);
        }
        Object copy = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray())).readObject();
        TopicTaxonomy restored = assertInstanceOf(TopicTaxonomy.class, copy);
        assertEquals(taxonomy.topicsOf("late bill"), restored.topicsOf("late bill"));
        assertEquals(taxonomy.labels(), restored.labels());
    }
}
