package org.disputehub.synthetic;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded random choices. Every stream is derived from (seed, purpose, index), so a record's
 * randomness never depends on how many numbers earlier records happened to draw.
 */
final class Dice {

    private final SplittableRandom random;

    private Dice(long seed) {
        this.random = new SplittableRandom(seed);
    }

    static Dice of(long seed, long purpose, long index) {
        return new Dice(mix(mix(seed ^ 0x9E3779B97F4A7C15L * (purpose + 1)) + index));
    }

    /** SplitMix64 finaliser: spreads nearby inputs over the whole range. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    boolean chance(double probability) {
        return probability > 0 && random.nextDouble() < probability;
    }

    /** Uniform in [from, to], both included. */
    int between(int from, int to) {
        return from + random.nextInt(to - from + 1);
    }

    long between(long from, long to) {
        return from + random.nextLong(to - from + 1);
    }

    int below(int bound) {
        return random.nextInt(bound);
    }

    double unit() {
        return random.nextDouble();
    }

    <T> T pick(T[] items) {
        return items[random.nextInt(items.length)];
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    char pick(String chars) {
        return chars.charAt(random.nextInt(chars.length()));
    }

    /** Index chosen with the given relative weights. */
    int weighted(int[] weights) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int roll = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
