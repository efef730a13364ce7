package org.disputehub.synthetic;

/**
 * Record numbers the way the systems hand them out: prefix, day, running number within the
 * day (RX20260315000123). Numbers skip a little, as other matters take numbers in between.
 */
final class RecordNumbers {

    private final String prefix;
    private final int digits;
    private final Dice dice;
    private long day = Long.MIN_VALUE;
    private int counter;

    RecordNumbers(String prefix, int digits, Dice dice) {
        this.prefix = prefix;
        this.digits = digits;
        this.dice = dice;
    }

    /** Numbers must be drawn in time order (the scheduler guarantees it). */
    String next(long at) {
        long today = Times.epochDay(at);
        if (today != day) {
            day = today;
            counter = dice.between(0, 4);
        }
        counter += dice.between(1, 3);
        return Digits.padded(prefix + Times.compactDate(at), counter, digits);
    }
}
