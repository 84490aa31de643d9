package org.socialcare.warehouse.sample;

import java.util.List;
import java.util.Random;

/**
 * Random draws for the simulation. Uses {@link java.util.Random}, whose algorithm (nextGaussian
 * included) is fixed by its specification, so a seed gives the same sample on every JDK.
 */
final class Draw {
    private final Random random;

    Draw(long seed) {
        this.random = new Random(seed);
    }

    /** True with the given probability (0..1). */
    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** A whole number in [min, max], both included. */
    int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    /** A whole number in [min, max], both included. */
    long between(long min, long max) {
        return min + (long) (random.nextDouble() * (max - min + 1));
    }

    /** A uniform fraction in [0, 1). */
    double fraction() {
        return random.nextDouble();
    }

    <T> T oneOf(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** An index picked with the given relative weights. */
    int weighted(double... weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double x = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** A log-normal value with the given median and sigma (spread of its logarithm), clamped to [min, max]. */
    long logNormal(double median, double sigma, long min, long max) {
        double value = median * Math.exp(sigma * random.nextGaussian());
        return Math.max(min, Math.min(max, Math.round(value)));
    }
}
