package org.disputehub.synthetic;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** The synthetic county 青岚县 (996611): its townships and villages, read from areas.csv. */
final class AreaCatalog {

    static final String AREA_CODE_PHONE = "0932";

    record Township(int index, String code, String name) {

        /** 青石镇 -> 青石: how people shorten it in place names and stations. */
        String shortName() {
            return name.substring(0, name.length() - 1);
        }
    }

    record Village(int index, String code, String name, Township township) {
    }

    private final String countyCode;
    private final String countyName;
    private final List<Township> townships;
    private final List<Village> villages;

    private AreaCatalog(String countyCode, String countyName, List<Township> townships, List<Village> villages) {
        this.countyCode = countyCode;
        this.countyName = countyName;
        this.townships = List.copyOf(townships);
        this.villages = List.copyOf(villages);
    }

    static AreaCatalog load() {
        try (InputStream in = AreaCatalog.class.getResourceAsStream("areas.csv")) {
            if (in == null) {
                throw new IllegalStateException("areas.csv missing from the classpath");
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static AreaCatalog read(Reader reader) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        String countyCode = null;
        String countyName = null;
        Map<String, Township> townshipsByCode = new LinkedHashMap<>();
        List<CSVRecord> villageRows = new ArrayList<>();
        for (CSVRecord row : format.parse(reader)) {
            switch (row.get("level")) {
                case "COUNTY" -> {
                    countyCode = row.get("code");
                    countyName = row.get("name");
                }
                case "TOWNSHIP" -> townshipsByCode.put(row.get("code"),
                        new Township(townshipsByCode.size(), row.get("code"), row.get("name")));
                case "VILLAGE" -> villageRows.add(row);
                default -> throw new IllegalStateException("unknown level in areas.csv: " + row);
            }
        }
        List<Village> villages = new ArrayList<>();
        for (CSVRecord row : villageRows) {
            Township township = townshipsByCode.get(row.get("parent_code"));
            villages.add(new Village(villages.size(), row.get("code"), row.get("name"), township));
        }
        return new AreaCatalog(countyCode, countyName, new ArrayList<>(townshipsByCode.values()), villages);
    }

    String countyCode() {
        return countyCode;
    }

    String countyName() {
        return countyName;
    }

    List<Township> townships() {
        return townships;
    }

    List<Village> villages() {
        return villages;
    }

    Village village(int index) {
        return villages.get(index);
    }

    /** The county seat's station is 城关; the others are named after their township. */
    String policeStation(Township township) {
        return township.index() == 0 ? "城关派出所" : township.shortName() + "派出所";
    }
}
