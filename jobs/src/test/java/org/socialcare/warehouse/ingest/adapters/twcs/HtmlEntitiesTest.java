package org.socialcare.warehouse.ingest.adapters.twcs;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

class HtmlEntitiesTest {
    @Test
    void decodesNamedAndNumericEntities() {
        assertEquals("fish & chips <3 > \"all\" it's it's", HtmlEntities.decode(
                "fish &amp; chips &lt;3 &gt; &quot;all&quot; it&#39;s it&#x27;s"));
        assertEquals("caf\u00e9 \ud83d\ude00 A", HtmlEntities.decode("caf&#233; &#x1F600; &#X41;"));
        assertEquals("&gt;ALL DOWN&lt;", HtmlEntities.decode("&amp;gt;ALL DOWN&amp;lt;"));
        assertEquals("it's\u00a0ok", HtmlEntities.decode("it&apos;s&nbsp;ok"));
    }

    @Test
    void leavesEverythingElseAsWritten() {
        String plain = "no entities here";
        assertSame(plain, HtmlEntities.decode(plain));
        assertNull(HtmlEntities.decode(null));
        assertEquals("AT&T & Co &copy; &#; &#xZZ; &#0; &#xD800; &#1114112; &amp", HtmlEntities.decode(
                "AT&T & Co &copy; &#; &#xZZ; &#0; &#xD800; &#1114112; &amp"));
        assertEquals("&&", HtmlEntities.decode("&&amp;"));
    }
}
