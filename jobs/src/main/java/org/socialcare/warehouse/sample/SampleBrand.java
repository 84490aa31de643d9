package org.socialcare.warehouse.sample;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The five brands of the sample (those of config/application.conf), their share of the traffic,
 * and whether their help-desk tool exports case events.
 */
enum SampleBrand {
    ACME_TELCO("acme-telco", "telecom", 0.25, true),
    NORTHWIND_AIR("northwind-air", "airline", 0.20, false),
    CONTOSO_BANK("contoso-bank", "banking", 0.20, true),
    FABRIKAM_SHOP("fabrikam-shop", "retail", 0.25, false),
    GLOBEX_ENERGY("globex-energy", "utilities", 0.10, true);

    static final int AGENTS_PER_BRAND = 6;

    final String id;
    final String industry;
    final double trafficShare;
    final boolean sendsCaseEvents;
    private final List<String> agents;

    SampleBrand(String id, String industry, double trafficShare, boolean sendsCaseEvents) {
        this.id = id;
        this.industry = industry;
        this.trafficShare = trafficShare;
        this.sendsCaseEvents = sendsCaseEvents;
        this.agents = IntStream.rangeClosed(1, AGENTS_PER_BRAND)
                .mapToObj(n -> String.format("%s/agent-%02d", id, n))
                .toList();
    }

    List<SampleTexts.Topic> topics() {
        return SampleTexts.TOPICS_BY_INDUSTRY.get(industry);
    }

    /** Agent ids look like {@code acme-telco/agent-03}, numbered from 1. */
    String agent(int number) {
        return agents.get(number - 1);
    }

    static double[] trafficShares() {
        SampleBrand[] brands = values();
        double[] shares = new double[brands.length];
        for (int i = 0; i < brands.length; i++) {
            shares[i] = brands[i].trafficShare;
        }
        return shares;
    }
}
