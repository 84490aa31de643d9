package org.socialcare.warehouse.sample;

import java.util.List;

/**
 * One survey answer: its kind, score and scale. Scores are skewed like the published benchmarks:
 * CSAT about 70 % positive (4-5 of 5), NPS about +20 (45 % promoters, 25 % detractors), CES mostly
 * low effort (an index near 10 of 100).
 */
record SurveyAnswer(String kind, int score, int scaleMin, int scaleMax) {
    private static final double[] KIND_SHARES = {0.70, 0.20, 0.10};
    /** Weights of the scores from scaleMin up. */
    private static final double[] CSAT_SCORES = {0.10, 0.08, 0.12, 0.25, 0.45};
    private static final double[] NPS_SCORES = {0.03, 0.02, 0.02, 0.03, 0.03, 0.05, 0.07, 0.13, 0.17, 0.20, 0.25};
    private static final double[] CES_SCORES = {0.60, 0.25, 0.08, 0.04, 0.02, 0.01, 0.0};

    static SurveyAnswer draw(Draw draw) {
        return switch (draw.weighted(KIND_SHARES)) {
            case 0 -> new SurveyAnswer("csat", 1 + draw.weighted(CSAT_SCORES), 1, 5);
            case 1 -> new SurveyAnswer("nps", draw.weighted(NPS_SCORES), 0, 10);
            default -> new SurveyAnswer("ces", 1 + draw.weighted(CES_SCORES), 1, 7);
        };
    }

    /** A free-text comment matching the score: praise, a complaint, or a lukewarm remark in between. */
    String comment(Draw draw) {
        double position = (double) (score - scaleMin) / (scaleMax - scaleMin);
        boolean isGood = kind.equals("ces") ? position <= 0.2 : position >= 0.75;
        boolean isBad = kind.equals("ces") ? position >= 0.6 : position <= 0.5;
        List<String> comments = isGood ? SampleTexts.GOOD_SURVEY_COMMENTS
                : isBad ? SampleTexts.BAD_SURVEY_COMMENTS
                : SampleTexts.NEUTRAL_SURVEY_COMMENTS;
        return draw.oneOf(comments);
    }
}
