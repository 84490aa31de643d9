package org.socialcare.warehouse.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Expected compounds are computed by hand from vader_lexicon.txt valences and VADER's constants
 * (booster 0.293, caps 0.733, negation -0.74, "!" 0.292, normalisation x / sqrt(x^2 + 15)), and agree with
 * the scores published in vaderSentiment's README for the sentences taken from it.
 */
class SentimentAnalyzerTest {
    private static final double EPS = 1e-9;
    private final SentimentAnalyzer analyzer = new SentimentAnalyzer();

    private double compound(String text) {
        return analyzer.analyze(text).compound();
    }

    @Test
    void singleLexiconWordIsItsNormalisedValence() {
        // "good" = 1.9 -> 1.9 / sqrt(1.9^2 + 15) = 1.9 / 4.31393 = 0.44044
        assertEquals(0.4404, compound("good"), EPS);
        // "The book was good." (README: 0.4404); other words are not in the lexicon, "." is ignored
        assertEquals(new Sentiment(0.4404, "positive"), analyzer.analyze("The book was good."));
        // "great" = 3.1 -> 3.1 / sqrt(9.61 + 15) = 0.62489
        assertEquals(0.6249, compound("This is great"), EPS);
    }

    @Test
    void capitalsAndExclamationsAmplify() {
        // GREAT in capitals while other words are not: 3.1 + 0.733 = 3.833; "!!!" adds 3 x 0.292 = 0.876;
        // 4.709 / sqrt(4.709^2 + 15) = 0.77234
        assertEquals(0.7723, compound("This is GREAT!!!"), EPS);
        assertTrue(compound("This is GREAT!!!") > compound("This is great"));
        // README: "smart" 1.7 + "handsome" 2.2 + "funny" 1.9 = 5.8 -> 0.8316; with "!" 6.092 -> 0.8439
        assertEquals(0.8316, compound("VADER is smart, handsome, and funny."), EPS);
        assertEquals(0.8439, compound("VADER is smart, handsome, and funny!"), EPS);
        // README: "very" boosts smart by 0.293 -> 6.093 -> 0.8545
        assertEquals(0.8545, compound("VADER is very smart, handsome, and funny."), EPS);
        // README: VERY in caps boosts by 0.293 + 0.733; SMART and FUNNY get +0.733 each -> 0.9227
        assertEquals(0.9227, compound("VADER is VERY SMART, handsome, and FUNNY."), EPS);
        // README: ... and "!!!" -> 0.9342
        assertEquals(0.9342, compound("VADER is VERY SMART, handsome, and FUNNY!!!"), EPS);
        // exclamations count up to four: a fifth adds nothing
        assertEquals(compound("good!!!!"), compound("good!!!!!!"), EPS);
        assertTrue(compound("good!!!!") > compound("good!!!"));
    }

    @Test
    void allCapitalTextGetsNoCapsEmphasis() {
        // when every word is in capitals, capitals are not emphasis (VADER's "cap differential")
        assertEquals(compound("this is great"), compound("THIS IS GREAT"), EPS);
    }

    @Test
    void negation() {
        // "bad" = -2.5, negated by "not": -2.5 x -0.74 = 1.85 -> 1.85 / sqrt(3.4225 + 15) = 0.43095
        Sentiment notBad = analyzer.analyze("not bad");
        assertEquals(0.4310, notBad.compound(), EPS);
        assertEquals("positive", notBad.label());
        // README: "Not bad at all" 0.431; "At least it isn't a horrible book." 0.431 (negation 2 words back)
        assertEquals(0.4310, compound("Not bad at all"), EPS);
        assertEquals(0.4310, compound("At least it isn't a horrible book."), EPS);
        // README: "not" reaches over "smart" to negate "handsome"; "nor" negates "funny" -> -0.7424
        assertEquals(-0.7424, compound("VADER is not smart, handsome, nor funny."), EPS);
        // negation within three tokens: "not at all good" negates good at distance 3
        assertTrue(compound("not at all good") < 0);
        // typographic apostrophe and slang spelling negate too
        assertEquals(compound("it isn't good"), compound("it isn\u2019t good"), EPS);
        assertEquals(compound("it isn't good"), compound("it isnt good"), EPS);
        assertEquals("negative", analyzer.analyze("I don't like it").label());
    }

    @Test
    void butShiftsWeightToTheSecondClause() {
        // good 1.9 x 0.5 = 0.95; horrible -2.5 x 1.5 = -3.75; sum -2.8 -> -2.8 / sqrt(7.84 + 15) = -0.58588
        Sentiment s = analyzer.analyze("The food is good but the service is horrible");
        assertEquals(-0.5859, s.compound(), EPS);
        assertEquals("negative", s.label());
        // README: -> -0.7042 ("uncompelling" -0.9, "not great" -2.294, both x 1.5)
        assertEquals(-0.7042,
                compound("The plot was good, but the characters are uncompelling and the dialog is not great."), EPS);
    }

    @Test
    void boostersAndDampeners() {
        // README: "kind of" dampens by 0.293: 1.9 - 0.293 = 1.607 -> 0.3832
        assertEquals(0.3832, compound("The book was only kind of good."), EPS);
        assertTrue(compound("extremely good") > compound("good"));
        assertTrue(compound("slightly good") < compound("good"));
        // a booster before a negative word makes it more negative
        assertTrue(compound("really bad") < compound("bad"));
    }

    @Test
    void slangAndEmoticons() {
        // "lol" = 1.8 (the lexicon lists it twice; as in VADER the later entry wins) -> 0.42147
        assertEquals(0.4215, compound("lol"), EPS);
        // "sucks" = -1.5 -> -1.5 / sqrt(2.25 + 15) = -0.36116
        assertEquals(-0.3612, compound("this service sucks"), EPS);
        // README: "sux" -1.5 in capitals -0.733, "!" -0.292 -> -0.5461
        assertEquals(-0.5461, compound("Today SUX!"), EPS);
        // README: kinda dampens sux to -1.207, x 0.5 before "but"; lol x 1.5 after; "!" -> 0.5249
        assertEquals(0.5249, compound("Today only kinda sux! But I'll get by, lol"), EPS);
        // README: ":)" 2.0, ":D" 2.3 (+0.733: it counts as a word in capitals), "sure" 1.3, "!" -> 0.8633
        assertEquals(0.8633, compound("Make sure you :) or :D today!"), EPS);
        assertEquals("negative", analyzer.analyze("wtf is this smh").label());
        assertEquals("negative", analyzer.analyze("what a ripoff").label()); // project supplement lexicon
    }

    @Test
    void emoji() {
        // love 3.2 + heart-eyes 2.9 (emoji_valence.tsv) = 6.1 -> 6.1 / sqrt(37.21 + 15) = 0.84422
        Sentiment love = analyzer.analyze("I love it 😍");
        assertEquals(0.8442, love.compound(), EPS);
        assertEquals("positive", love.label());
        // worst -3.1 + enraged face -2.7 = -5.8 -> -5.8 / sqrt(33.64 + 15) = -0.83165
        Sentiment worst = analyzer.analyze("worst service ever 😡");
        assertEquals(-0.8316, worst.compound(), EPS);
        assertEquals("negative", worst.label());
        // glued to words, with a variation selector or a skin tone, the emoji still counts once
        assertEquals(0.8442, compound("I love it😍"), EPS);
        assertEquals(compound("thanks ❤"), compound("thanks ❤️"), EPS);
        assertEquals(compound("ok 👍"), compound("ok 👍🏽"), EPS);
        // an emoji alone carries sentiment; an unknown pictograph is ignored
        assertEquals("negative", analyzer.analyze("😭😭").label());
        assertEquals(Sentiment.NEUTRAL_ZERO, analyzer.analyze("order 12345 🚚"));
    }

    @Test
    void neutralAndEmptyTexts() {
        assertSame(Sentiment.NEUTRAL_ZERO, analyzer.analyze(null));
        assertEquals(new Sentiment(0.0, "neutral"), analyzer.analyze(""));
        assertEquals(new Sentiment(0.0, "neutral"), analyzer.analyze("   \n\t"));
        assertEquals(new Sentiment(0.0, "neutral"), analyzer.analyze("!!!???"));
        // no lexicon word at all (note: "number" would not do, VADER gives it 0.3)
        assertEquals(new Sentiment(0.0, "neutral"), analyzer.analyze("My order id is 4711."));
    }

    @Test
    void questionMarksAmplifyOnlyWhenRepeated() {
        // "good?" keeps 0.4404; "good??" adds 2 x 0.18: 2.26 -> 2.26 / sqrt(5.1076 + 15) = 0.50400
        assertEquals(0.4404, compound("good?"), EPS);
        assertEquals(0.5040, compound("good??"), EPS);
    }

    @Test
    void labelThresholds() {
        assertEquals("positive", Sentiment.labelOf(0.05));
        assertEquals("neutral", Sentiment.labelOf(0.0499));
        assertEquals("neutral", Sentiment.labelOf(-0.0499));
        assertEquals("negative", Sentiment.labelOf(-0.05));
    }

    @Test
    void multiWordExpressions() {
        // "yeah right" is sarcastic (-2) although "yeah" alone is positive (1.2)
        assertEquals("negative", analyzer.analyze("yeah right, fixed in 24h").label());
        // "bus stop" is neutral although "stop" alone is negative
        assertEquals(Sentiment.NEUTRAL_ZERO, analyzer.analyze("waiting at the bus stop"));
    }

    @Test
    void tokenizerStripsPunctuationButKeepsEmoticons() {
        assertEquals(List.of("ok", "good", "but", "late", ":)", "😍", "can't"),
                SentimentAnalyzer.tokenize("ok! good,but late... :) 😍 can\u2019t"));
        assertNotEquals(0.0, compound("ok!"));
    }

    @Test
    void mentionsAndLinksAreNotWords() {
        // "united" (1.8) and "amazon" (0.7) are lexicon words, but as handles they name a brand
        assertEquals(Sentiment.NEUTRAL_ZERO, analyzer.analyze("@united @Amazon see https://t.co/Best"));
        assertEquals(compound("thanks"), compound("@united thanks"), EPS);
        assertEquals(List.of("thanks"), SentimentAnalyzer.tokenize("@united thanks www.united.com #"));
    }

    @Test
    void serialisableForSparkClosures() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(analyzer);
        }
        Object copy = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray())).readObject();
        SentimentAnalyzer restored = assertInstanceOf(SentimentAnalyzer.class, copy);
        assertEquals(analyzer.analyze("not bad"), restored.analyze("not bad"));
        assertTrue(bytes.size() < 200, "the lexicon must not be serialised, got " + bytes.size() + " bytes");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Thanks so much, my refund arrived!           | positive",
            "Great support, problem solved 👍             | positive",
            "Still waiting for my parcel. Useless.        | negative",
            "Your app keeps crashing, this is a joke 😡    | negative",
            "I was charged twice and nobody answers!!!   | negative",
            "Where is my order?                          | neutral",
    })
    void typicalCustomerServiceMessages(String text, String label) {
        assertEquals(label, analyzer.analyze(text).label(), () -> text + " -> " + analyzer.analyze(text));
    }
}
