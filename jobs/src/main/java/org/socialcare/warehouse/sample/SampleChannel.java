package org.socialcare.warehouse.sample;

/**
 * The channels of the sample with the published benchmarks they follow (SPEC section 4): share of
 * the traffic (Facebook 60 %, Twitter 25 %, Instagram 10 %, Viber 5 %) and first-response time,
 * used here as the median of the reply delay. Also how often a customer writes in public (a
 * mention or comment rather than a direct message) and whether the brand runs a bot there.
 */
enum SampleChannel {
    FACEBOOK("facebook", 0.60, 3, 0.35, true),
    TWITTER("twitter", 0.25, 3, 0.70, false),
    INSTAGRAM("instagram", 0.10, 4, 0.60, false),
    VIBER("viber", 0.05, 12, 0.0, true);

    /** Share of Twitter records written with the channel's new name, {@code x}, to exercise the alias. */
    static final double X_ALIAS_SHARE = 0.03;

    final String id;
    final double trafficShare;
    final double medianReplyHours;
    final double publicShare;
    final boolean hasBot;

    SampleChannel(String id, double trafficShare, double medianReplyHours, double publicShare, boolean hasBot) {
        this.id = id;
        this.trafficShare = trafficShare;
        this.medianReplyHours = medianReplyHours;
        this.publicShare = publicShare;
        this.hasBot = hasBot;
    }

    static double[] trafficShares() {
        SampleChannel[] channels = values();
        double[] shares = new double[channels.length];
        for (int i = 0; i < channels.length; i++) {
            shares[i] = channels[i].trafficShare;
        }
        return shares;
    }
}
