package org.disputehub.hub.areas;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.disputehub.hub.linking.Addresses;
import org.springframework.stereotype.Component;

/**
 * The administrative areas the hub knows by name, and the resolution of a case's place onto them: an
 * {@code areaCode} when the source gives one, else the names found in the place text (village under its
 * township when the township is named too).
 */
@Component
public class Gazetteer {

    private static final Pattern CODE = Pattern.compile("\\d{6}(\\d{6})?");

    private final Map<String, Area> byCode = new LinkedHashMap<>();
    private final List<Area> byNameLength;

    public Gazetteer(AreaProperties properties) throws IOException {
        try (Reader reader = new java.io.InputStreamReader(properties.gazetteer().getInputStream(),
                StandardCharsets.UTF_8)) {
            CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
            for (CSVRecord row : format.parse(reader)) {
                String parent = row.get("parent_code");
                Area area = new Area(row.get("code"), row.get("name"), AreaLevel.valueOf(row.get("level")),
                        parent.isBlank() ? null : parent);
                byCode.put(area.code(), area);
            }
        }
        byNameLength = byCode.values().stream()
            .sorted(Comparator.comparingInt((Area area) -> area.name().length()).reversed())
            .toList();
    }

    public Collection<Area> areas() {
        return byCode.values();
    }

    /**
     * Rows for {@link AreaCypher#MERGE_AREAS}: the given codes and every area above them, named where the
     * gazetteer knows them. A code it does not know still gets its place in the tree from the code itself.
     */
    public List<Map<String, Object>> withAncestors(Collection<String> codes) {
        Map<String, Map<String, Object>> rows = new LinkedHashMap<>();
        for (String code : codes) {
            for (String current = code; current != null && !rows.containsKey(current);
                    current = AreaLevel.parentOf(current)) {
                Area known = byCode.get(current);
                Map<String, Object> row = new java.util.HashMap<>();
                row.put("code", current);
                row.put("name", known == null ? null : known.name());
                row.put("level", AreaLevel.ofCode(current).name());
                row.put("parentCode", known == null ? AreaLevel.parentOf(current) : known.parentCode());
                rows.put(current, row);
            }
        }
        return List.copyOf(rows.values());
    }

    public Optional<Area> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /**
     * The most specific area code for a case's place, or null when nothing is recognised. A township, whether
     * picked by the operator as a code or named in the first text that names a place (a petition's 所属区域),
     * gives way to the village under it that any of the texts names (the petitioner's 住址).
     */
    public String resolve(String areaCode, String... placeTexts) {
        String code = areaCode != null && CODE.matcher(areaCode.strip()).matches() ? areaCode.strip() : null;
        for (int i = 0; code == null && i < placeTexts.length; i++) {
            code = resolveText(Addresses.normalise(placeTexts[i]));
        }
        if (code != null && AreaLevel.ofCode(code) == AreaLevel.TOWNSHIP) {
            for (String text : placeTexts) {
                String normalised = Addresses.normalise(text);
                Optional<Area> village = normalised == null ? Optional.empty()
                        : named(normalised, AreaLevel.VILLAGE, code);
                if (village.isPresent()) {
                    return village.get().code();
                }
            }
        }
        return code;
    }

    private String resolveText(String text) {
        if (text == null) {
            return null;
        }
        Optional<Area> township = named(text, AreaLevel.TOWNSHIP, null);
        Optional<Area> village = named(text, AreaLevel.VILLAGE, township.map(Area::code).orElse(null));
        return village.or(() -> township)
            .or(() -> named(text, AreaLevel.COUNTY, null))
            .map(Area::code)
            .orElse(null);
    }

    /** The village a text names, or null. */
    public String village(String text) {
        String code = resolveText(Addresses.normalise(text));
        return code != null && AreaLevel.ofCode(code) == AreaLevel.VILLAGE ? code : null;
    }

    /** The longest-named area of a level that the text names, under {@code parentCode} when given. */
    private Optional<Area> named(String text, AreaLevel level, String parentCode) {
        return byNameLength.stream()
            .filter(area -> area.level() == level && text.contains(area.name()))
            .filter(area -> parentCode == null || parentCode.equals(area.parentCode()))
            .findFirst();
    }
}
