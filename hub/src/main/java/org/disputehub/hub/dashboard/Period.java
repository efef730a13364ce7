package org.disputehub.hub.dashboard;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * A calendar bucket of report times. Its label is computed the same way in Cypher (from a date {@code day})
 * and in Java, so buckets read from the database line up with the ones filled in with zeros.
 */
public enum Period {
    DAY("toString(day)"),
    WEEK("toString(day.weekYear) + '-W' + right('0' + toString(day.week), 2)"),
    MONTH("left(toString(day), 7)");

    /** Cypher giving the label of the bucket of the date {@code day}. */
    final String cypherLabel;

    Period(String cypherLabel) {
        this.cypherLabel = cypherLabel;
    }

    /** 2026-03-15, 2026-W11 (ISO week) or 2026-03. */
    String label(LocalDate date) {
        return switch (this) {
            case DAY -> date.toString();
            case WEEK -> "%d-W%02d".formatted(date.get(IsoFields.WEEK_BASED_YEAR),
                    date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> YearMonth.from(date).toString();
        };
    }

    LocalDate start(LocalDate date) {
        return switch (this) {
            case DAY -> date;
            case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> date.withDayOfMonth(1);
        };
    }

    LocalDate next(LocalDate start) {
        return switch (this) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
        };
    }
}
