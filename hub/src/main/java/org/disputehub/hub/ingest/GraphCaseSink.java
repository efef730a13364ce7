package org.disputehub.hub.ingest;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BinaryOperator;
import java.util.stream.Collectors;

import org.disputehub.connector.api.CaseRecord;
import org.disputehub.connector.api.CaseSink;
import org.disputehub.connector.api.QuarantinedRecord;
import org.disputehub.connector.api.Source;
import org.disputehub.hub.areas.AreaCypher;
import org.disputehub.hub.areas.Gazetteer;
import org.disputehub.hub.changes.ChangeSequence;
import org.disputehub.hub.linking.CaseLinker;
import org.disputehub.hub.neo4j.SchemaMigrations;
import org.disputehub.hub.warnings.WarningRaised;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Writes connector batches into the graph: one transaction a batch, batched {@code UNWIND} statements, newer
 * versions only. Writes are serialised because linking reads what earlier batches wrote.
 */
@Component
public class GraphCaseSink implements CaseSink {

    private static final Map<Source, String> CHANNEL_LABELS = Map.of(
            Source.HOTLINE, "HotlineCase", Source.PETITION, "PetitionCase", Source.POLICE, "PoliceCase");

    private final Driver driver;
    private final Gazetteer gazetteer;
    private final CaseLinker linker;
    private final QuarantineStore quarantineStore;
    private final ChangeSequence changes;
    private final ApplicationEventPublisher events;
    private final ReentrantLock writeLock = new ReentrantLock();

    public GraphCaseSink(Driver driver, SchemaMigrations schema, Gazetteer gazetteer, CaseLinker linker,
            QuarantineStore quarantineStore, ChangeSequence changes, ApplicationEventPublisher events) {
        this.driver = driver;
        this.gazetteer = gazetteer;
        this.linker = linker;
        this.quarantineStore = quarantineStore;
        this.changes = changes;
        this.events = events;
    }

    @Override
    public int accept(List<CaseRecord> cases) {
        Map<Source, List<CaseRecord>> bySource = newestBySource(cases);
        int written = 0;
        writeLock.lock();
        try (var session = driver.session()) {
            linker.prepare(session);
            for (var entry : bySource.entrySet()) {
                Written batch = session.executeWrite(tx -> write(tx, entry.getKey(), entry.getValue()));
                linker.committed();
                written += batch.count();
                // Only once committed: a subscriber must never hear of a warning that was rolled back.
                batch.raised().forEach(events::publishEvent);
            }
        }
        finally {
            writeLock.unlock();
        }
        return written;
    }

    private record Written(int count, List<WarningRaised> raised) {
    }

    /** A batch may carry several versions of one case: only the highest can matter. */
    static Map<Source, List<CaseRecord>> newestBySource(List<CaseRecord> cases) {
        BinaryOperator<CaseRecord> newer = (a, b) -> a.version() >= b.version() ? a : b;
        return cases.stream()
            .collect(Collectors.toMap(CaseRecord::key, record -> record, newer, LinkedHashMap::new))
            .values().stream()
            .collect(Collectors.groupingBy(CaseRecord::source, LinkedHashMap::new, Collectors.toList()));
    }

    /**
     * Writes one source's cases with their parties, areas and references, newer versions only; returns the rows
     * of the cases stored ({@code key}, {@code props}, {@code parties}, {@code references}: what linking reads).
     * Linking and the change feed are the caller's.
     */
    static List<Map<String, Object>> writeCases(TransactionContext tx, Source source, List<CaseRecord> records,
            Gazetteer gazetteer) {
        List<Map<String, Object>> rows = records.stream().map(record -> CaseRows.caseRow(record, gazetteer)).toList();
        tx.run(AreaCypher.MERGE_AREAS, Map.of("areas", gazetteer.withAncestors(areaCodes(rows)))).consume();
        List<String> updated = tx
            .run(CaseCypher.UPSERT_CASES, Map.of("rows", rows, "channel", CHANNEL_LABELS.get(source)))
            .list(record -> record.get("key").asString());
        if (updated.isEmpty()) {
            return List.of();
        }
        tx.run(CaseCypher.RESOLVE_PENDING_REFERENCES, Map.of("keys", updated)).consume();
        Set<String> updatedKeys = new HashSet<>(updated);
        return rows.stream().filter(row -> updatedKeys.contains(row.get("key"))).toList();
    }

    private Written write(TransactionContext tx, Source source, List<CaseRecord> records) {
        List<Map<String, Object>> written = writeCases(tx, source, records, gazetteer);
        if (written.isEmpty()) {
            return new Written(0, List.of());
        }
        List<String> updated = written.stream().map(row -> (String) row.get("key")).toList();
        tx.run(SourceStateCypher.COUNT_INGESTED, Map.of("name", "ingest:" + source.name(), "count", updated.size()))
            .consume();
        changes.casesChanged(tx, updated);
        List<WarningRaised> raised = linker.link(tx, written);
        return new Written(updated.size(), raised);
    }

    /** Every area code the rows place a case or a party's household in. */
    @SuppressWarnings("unchecked")
    private static Set<String> areaCodes(List<Map<String, Object>> rows) {
        Set<String> codes = new java.util.TreeSet<>();
        for (Map<String, Object> row : rows) {
            if (row.get("areaCode") != null) {
                codes.add((String) row.get("areaCode"));
            }
            for (Map<String, Object> party : (List<Map<String, Object>>) row.get("parties")) {
                Object code = ((Map<String, Object>) party.get("props")).get("areaCode");
                if (code != null) {
                    codes.add((String) code);
                }
            }
        }
        return codes;
    }

    @Override
    public void quarantine(List<QuarantinedRecord> records) {
        quarantineStore.keep(records);
    }

}
