package org.socialcare.warehouse.text;

import java.io.Serializable;

/**
 * The sentiment of one text: VADER's normalised compound score in [-1, 1] (rounded to 4 decimals) and
 * its label, {@code positive} (compound >= 0.05), {@code negative} (compound <= -0.05) or
 * {@code neutral} (in between), the labels used by the dump's {@code sentiment} field (SPEC 1).
 */
public record Sentiment(double compound, String label) implements Serializable {
    public static final String POSITIVE = "positive";
    public static final String NEUTRAL = "neutral";
    public static final String NEGATIVE = "negative";

    /** VADER's recommended thresholds on the compound score (Hutto and Gilbert 2014). */
    public static final double POSITIVE_THRESHOLD = 0.05;
    public static final double NEGATIVE_THRESHOLD = -0.05;

    /** Compound 0, neutral: what a null, blank or sentiment-free text gets. */
    public static final Sentiment NEUTRAL_ZERO = new Sentiment(0.0, NEUTRAL);

    /** The label VADER gives a compound score. */
    public static String labelOf(double compound) {
        if (compound >= POSITIVE_THRESHOLD) {
            return POSITIVE;
        }
        if (compound <= NEGATIVE_THRESHOLD) {
            return NEGATIVE;
        }
        return NEUTRAL;
    }

    /** A sentiment whose label follows from its compound score. */
    public static Sentiment of(double compound) {
        return new Sentiment(compound, labelOf(compound));
    }
}
