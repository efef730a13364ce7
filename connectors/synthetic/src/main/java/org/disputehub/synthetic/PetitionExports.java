package org.disputehub.synthetic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;

/**
 * The petition office's CSV drops: one file every two weeks ({@code petitions-yyyy-MM-dd.csv},
 * GB18030, CRLF), holding each petition changed in those two weeks in its state at export time,
 * one row per petitioner. Some files list the columns in another order.
 */
final class PetitionExports implements AutoCloseable {

    static final Charset GB18030 = Charset.forName("GB18030");
    static final String[] HEADERS = {
        "信访件编号", "登记日期", "更新时间", "信访形式", "信访人姓名", "证件号码", "联系电话", "住址", "人数", "问题属地",
        "内容分类", "信访事项", "被反映对象", "办理状态", "责任单位", "办结日期", "重复信访", "首次信访件编号"};
    static final int NUMBER = 0;
    static final int UPDATED = 2;
    static final int NAME = 4;
    static final int ID_NUMBER = 5;
    static final int EXPORT_DAYS = 14;

    /** One state of a petition; rows follow {@link #HEADERS}. */
    record Snapshot(String number, long updatedAt, List<String[]> rows) {
    }

    /** A broken row; reasons as in truth/bad.csv. */
    record BadRow(String[] values, String reason) {
    }

    private static final CSVFormat CSV = CSVFormat.RFC4180;

    private final Path directory;
    private final long startDay;
    private final long endDay;
    private final long seed;
    private final FileStats stats;
    private final TruthFiles truth;
    private final BackgroundWriter background;

    private int period = -1;
    private final Map<String, Snapshot> pending = new LinkedHashMap<>();
    private final List<BadRow> pendingBad = new ArrayList<>();

    PetitionExports(Path directory, LocalDate start, LocalDate end, long seed, FileStats stats, TruthFiles truth,
                    BackgroundWriter background) {
        this.background = background;
        this.directory = directory;
        this.startDay = start.toEpochDay();
        this.endDay = end.toEpochDay();
        this.seed = seed;
        this.stats = stats;
        this.truth = truth;
    }

    /** Export files are dated start+13, start+27, …, and the period's last day. */
    int periodOf(long instant) {
        long day = Times.epochDay(instant);
        long first = startDay + EXPORT_DAYS - 1;
        long index = day <= first ? 0 : (day - first + EXPORT_DAYS - 1) / EXPORT_DAYS;
        return (int) Math.min(index, lastPeriod());
    }

    private int lastPeriod() {
        long first = startDay + EXPORT_DAYS - 1;
        return endDay <= first ? 0 : (int) ((endDay - first + EXPORT_DAYS - 1) / EXPORT_DAYS);
    }

    private LocalDate fileDate(int index) {
        return LocalDate.ofEpochDay(Math.min(startDay + EXPORT_DAYS - 1 + (long) EXPORT_DAYS * index, endDay));
    }

    /** A later state of the same petition within one period replaces the earlier one. */
    void add(long at, Snapshot snapshot) {
        advanceTo(periodOf(at));
        pending.remove(snapshot.number());
        pending.put(snapshot.number(), snapshot);
    }

    void addBad(long at, BadRow row) {
        advanceTo(periodOf(at));
        pendingBad.add(row);
    }

    private void advanceTo(int target) {
        if (period < 0) {
            period = 0;
        }
        while (period < target) {
            writePeriod();
            period++;
        }
    }

    /** Arranges the period's file here (so bad rows get their line numbers); writing is left to the background. */
    private void writePeriod() {
        Dice dice = Dice.of(seed, 40, period);
        List<Object> rows = new ArrayList<>();
        for (Snapshot snapshot : pending.values()) {
            rows.addAll(snapshot.rows());
        }
        rows.addAll(pendingBad);
        // Exports are roughly in order; a few rows (of group petitions too) end up elsewhere.
        for (int i = 0; i < rows.size() / 12; i++) {
            Collections.swap(rows, dice.below(rows.size()), dice.below(rows.size()));
        }
        int[] order = columnOrder(dice);
        Path file = directory.resolve("petitions-" + fileDate(period) + ".csv");
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i) instanceof BadRow bad) {
                truth.bad(Source.PETITION, stats.relative(file), i + 2, bad.reason());
            }
        }
        background.submit(() -> write(file, rows, order));
        pending.clear();
        pendingBad.clear();
    }

    private void write(Path file, List<Object> rows, int[] order) {
        try {
            Files.createDirectories(directory);
            try (CsvOut out = new CsvOut(Files.newOutputStream(file), GB18030, CSV)) {
                out.row((Object[]) reorder(HEADERS, order));
                for (Object row : rows) {
                    if (row instanceof BadRow bad) {
                        writeBad(out, bad, order);
                    }
                    else {
                        out.row((Object[]) reorder((String[]) row, order));
                    }
                }
            }
            stats.closed(file, rows.size() + 1);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Four files in five keep the usual column order. */
    private static int[] columnOrder(Dice dice) {
        int[] order = new int[HEADERS.length];
        Arrays.setAll(order, i -> i);
        if (dice.chance(0.2)) {
            for (int i = order.length - 1; i > 0; i--) {
                int j = dice.below(i + 1);
                int swap = order[i];
                order[i] = order[j];
                order[j] = swap;
            }
        }
        return order;
    }

    private static String[] reorder(String[] values, int[] order) {
        String[] out = new String[order.length];
        for (int i = 0; i < order.length; i++) {
            out[i] = values[order[i]];
        }
        return out;
    }

    private static void writeBad(CsvOut out, BadRow bad, int[] order) {
        String[] values = reorder(bad.values(), order);
        switch (bad.reason()) {
            case "wrong_column_count" -> out.row((Object[]) Arrays.copyOf(values, values.length - 1));
            case "invalid_encoding" -> out.raw(withBrokenCharacter(values, order));
            default -> out.row((Object[]) values);
        }
    }

    /** The petitioner's name loses its very last byte: the line no longer decodes as GB18030. */
    private static byte[] withBrokenCharacter(String[] values, int[] order) {
        int column = 0;
        while (order[column] != NAME) {
            column++;
        }
        byte[] line = (CSV.format((Object[]) values) + "\r\n").getBytes(GB18030);
        int nameStart = column == 0 ? 0
                : (CSV.format((Object[]) Arrays.copyOf(values, column)) + ",").getBytes(GB18030).length;
        int cut = nameStart + values[column].getBytes(GB18030).length - 1;
        byte[] broken = new byte[line.length - 1];
        System.arraycopy(line, 0, broken, 0, cut);
        System.arraycopy(line, cut + 1, broken, cut, line.length - cut - 1);
        return broken;
    }

    @Override
    public void close() {
        if (period < 0) {
            period = 0;
        }
        int last = lastPeriod();
        while (period <= last) {
            writePeriod();
            period++;
        }
    }
}
