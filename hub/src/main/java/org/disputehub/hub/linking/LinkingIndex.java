package org.disputehub.hub.linking;

import java.time.Instant;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

import org.neo4j.driver.TransactionContext;
import org.springframework.stereotype.Component;

/**
 * What linking reads of the graph, kept in memory: each case's and mention's facts, which person, household
 * and dispute each belongs to, and the blocking keys candidates are found by. Reading these back through Bolt
 * for every batch took half the ingest's time. The graph stays the record: the index reads the cases a batch
 * wrote, is told of every link the linkers write, and reads the whole graph again after a batch that did not
 * commit or when the graph's case count shows that something else changed it.
 *
 * <p>Not thread-safe: the ingest serialises its writes, and only they use it.
 */
@Component
public class LinkingIndex {

    /** A case as linking sees it; its mentions and the cases it references by key. */
    record IndexedCase(String key, String source, String category, long at, String content, String state,
            int headcount, String placeCode, String address, List<String> mentions, List<String> partyNames,
            List<String> counterparties, Map<String, String> pinyinOfNames, Set<String> references) {
    }

    /** A mention's facts as ingest stored them on its node. */
    record IndexedMention(String key, String caseKey, String name, String surname, boolean titleOnly, String sex,
            String pinyin, String fullNamePinyin, String idKey, String idTypo, String phoneKey, boolean mobile,
            String homeKey, String placeHomeKey, String address, String role) {

        String houseKey() {
            return homeKey != null ? homeKey : placeHomeKey;
        }

        String landline() {
            return phoneKey != null && phoneKey.startsWith("l:") ? phoneKey : null;
        }
    }

    private final Map<String, IndexedCase> cases = new HashMap<>();
    private final Map<String, IndexedMention> mentions = new HashMap<>();
    private final Map<String, String> personOf = new HashMap<>();
    private final Map<String, String> householdOf = new HashMap<>();
    private final Map<String, String> disputeOf = new HashMap<>();
    /** The link each mention's or case's placement was last written with: group first, then its evidence. */
    private final Map<String, List<Object>> personLinks = new HashMap<>();
    private final Map<String, List<Object>> householdLinks = new HashMap<>();
    private final Map<String, List<Object>> disputeLinks = new HashMap<>();
    private final Map<String, Set<String>> mentionsOfPerson = new HashMap<>();
    private final Map<String, Set<String>> mentionsOfHousehold = new HashMap<>();
    private final Map<String, Set<String>> casesOfDispute = new HashMap<>();
    /** Cases by the keys they reference, whether those have arrived or not. */
    private final Map<String, Set<String>> referencedBy = new HashMap<>();
    /** Valid and mistyped ID numbers: candidates are found by prefix, as Cypher's STARTS WITH did. */
    private final NavigableMap<String, Set<String>> byIdNumber = new TreeMap<>();
    private final Map<String, Set<String>> byPhone = new HashMap<>();
    private final Map<String, Set<String>> byFullName = new HashMap<>();
    private final Map<String, Set<String>> byHome = new HashMap<>();
    /** Houses given as the place by mentions that gave no home. */
    private final Map<String, Set<String>> byPlaceHome = new HashMap<>();

    private boolean loaded;
    /** A batch changed the index and has not committed: the graph may not hold what the index does. */
    private boolean uncommitted;

    /**
     * Brings the index up to the graph as the batch's transaction sees it, after the batch wrote
     * {@code writtenCases} (each as the ingest wrote it: {@code key}, {@code props}, {@code parties} with their
     * {@code key} and {@code props}, {@code references}); reads the whole graph instead when the index may be
     * stale. Call {@link #committed()} once the transaction commits.
     */
    public void refresh(TransactionContext tx, List<Map<String, Object>> writtenCases) {
        if (loaded && !uncommitted) {
            long unknown = writtenCases.stream().filter(written -> !cases.containsKey(written.get("key"))).count();
            long inGraph = tx.run(LinkingIndexCypher.CASE_COUNT).single().get("cases").asLong();
            loaded = inGraph == cases.size() + unknown;
        }
        uncommitted = true;
        if (!loaded) {
            clear();
            tx.run(LinkingIndexCypher.ALL_CASES).forEachRemaining(record -> put(record.get("written").asMap()));
            loaded = true;
        }
        else {
            writtenCases.forEach(this::put);
        }
    }

    /** The batch that last changed the index committed: the index holds what the graph does. */
    public void committed() {
        uncommitted = false;
    }

    /** Forget everything; the next batch reads the graph again. */
    public void invalidate() {
        loaded = false;
    }

    private void clear() {
        List.of(cases, mentions, personOf, householdOf, disputeOf, personLinks, householdLinks, disputeLinks,
                mentionsOfPerson, mentionsOfHousehold, casesOfDispute, referencedBy, byIdNumber, byPhone, byFullName,
                byHome, byPlaceHome).forEach(Map::clear);
    }

    /**
     * A case and its mentions as written. A new version replaces the facts; mentions it still names keep their
     * links, those it no longer names go. Links come with it only when read from the graph.
     */
    @SuppressWarnings("unchecked")
    private void put(Map<String, Object> written) {
        String key = (String) written.get("key");
        Map<String, Object> props = (Map<String, Object>) written.get("props");
        List<Map<String, Object>> parties = (List<Map<String, Object>>) written.get("parties");
        List<String> mentionKeys = parties.stream().map(party -> (String) party.get("key")).toList();
        IndexedCase previous = cases.get(key);
        if (previous != null) {
            for (String mention : previous.mentions()) {
                if (mentionKeys.contains(mention)) {
                    unblock(mentions.get(mention));
                }
                else {
                    remove(mention);
                }
            }
            previous.references().forEach(target -> forget(referencedBy, target, key));
        }
        List<String> partyNames = strings(props.get("partyNames"));
        List<String> counterparties = strings(props.get("counterparties"));
        Map<String, String> pinyin = new HashMap<>();
        partyNames.forEach(name -> pinyin.computeIfAbsent(name, Names::pinyin));
        counterparties.forEach(name -> pinyin.computeIfAbsent(name, Names::pinyin));
        Set<String> references = new HashSet<>();
        for (Map<String, Object> reference : (List<Map<String, Object>>) written.get("references")) {
            references.add((String) reference.get("to"));
        }
        references.forEach(target -> referencedBy.computeIfAbsent(target, k -> new HashSet<>()).add(key));
        Object reportedAt = props.get("reportedAt");
        Object headcount = props.get("d_headcount");
        cases.put(key, new IndexedCase(key, (String) props.get("source"), (String) props.get("category"),
                reportedAt == null ? 0 : Instant.from((TemporalAccessor) reportedAt).toEpochMilli(),
                (String) props.get("content"), (String) props.get("state"),
                headcount == null ? 0 : ((Number) headcount).intValue(), (String) props.get("placeCode"),
                (String) props.get("address"), mentionKeys, partyNames, counterparties, pinyin, Set.copyOf(references)));
        for (Map<String, Object> party : parties) {
            IndexedMention mention = mention(key, (String) party.get("key"), (Map<String, Object>) party.get("props"));
            mentions.put(mention.key(), mention);
            blocks(mention).forEach(block -> block.computeIfAbsent(blockKey(block, mention),
                    k -> new LinkedHashSet<>()).add(mention.key()));
            if (party.containsKey("person")) {
                placePerson(mention.key(), (List<Object>) party.get("person"));
                placeHousehold(mention.key(), (List<Object>) party.get("household"));
            }
        }
        if (written.containsKey("dispute")) {
            placeDispute(key, (List<Object>) written.get("dispute"));
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object list) {
        return list == null ? List.of() : (List<String>) list;
    }

    private static IndexedMention mention(String caseKey, String key, Map<String, Object> props) {
        String name = (String) props.get("nameText");
        boolean titleOnly = Boolean.TRUE.equals(props.get("titleOnly"));
        return new IndexedMention(key, caseKey, name, (String) props.get("surname"), titleOnly,
                (String) props.get("sex"), (String) props.get("pinyin"),
                name != null && !titleOnly ? Names.pinyin(name) : null, (String) props.get("idKey"),
                (String) props.get("idTypo"), (String) props.get("phoneKey"), Boolean.TRUE.equals(props.get("mobile")),
                (String) props.get("homeKey"), (String) props.get("placeHomeKey"), (String) props.get("address"),
                (String) props.get("role"));
    }

    private void remove(String mentionKey) {
        IndexedMention mention = mentions.remove(mentionKey);
        if (mention != null) {
            unblock(mention);
            placePerson(mentionKey, null);
            placeHousehold(mentionKey, null);
        }
    }

    private void unblock(IndexedMention mention) {
        for (Map<String, Set<String>> block : blocks(mention)) {
            forget(block, blockKey(block, mention), mention.key());
        }
    }

    private static void forget(Map<String, Set<String>> groups, String group, String member) {
        Set<String> members = groups.get(group);
        if (members != null) {
            members.remove(member);
            if (members.isEmpty()) {
                groups.remove(group);
            }
        }
    }

    private List<Map<String, Set<String>>> blocks(IndexedMention mention) {
        List<Map<String, Set<String>>> blocks = new ArrayList<>(5);
        if (mention.idKey() != null || mention.idTypo() != null) {
            blocks.add(byIdNumber);
        }
        if (mention.phoneKey() != null) {
            blocks.add(byPhone);
        }
        if (mention.pinyin() != null && !mention.titleOnly()) {
            blocks.add(byFullName);
        }
        if (mention.homeKey() != null) {
            blocks.add(byHome);
        }
        else if (mention.placeHomeKey() != null) {
            blocks.add(byPlaceHome);
        }
        return blocks;
    }

    private String blockKey(Map<String, Set<String>> block, IndexedMention mention) {
        if (block == byIdNumber) {
            return mention.idKey() != null ? mention.idKey() : mention.idTypo();
        }
        if (block == byPhone) {
            return mention.phoneKey();
        }
        if (block == byFullName) {
            return mention.pinyin();
        }
        return block == byHome ? mention.homeKey() : mention.placeHomeKey();
    }

    // Links, as the linkers write them.

    /** A link as it is written and compared: its group first, then its evidence. */
    static List<Object> link(Object group, Object... evidence) {
        List<Object> link = new ArrayList<>(evidence.length + 1);
        link.add(group);
        link.addAll(java.util.Arrays.asList(evidence));
        return link;
    }

    /** Whether the mention's person link differs from {@code link}, which then is the mention's. */
    boolean placePerson(String mentionKey, List<Object> link) {
        return place(mentionKey, link, personLinks, personOf, mentionsOfPerson);
    }

    boolean placeHousehold(String mentionKey, List<Object> link) {
        return place(mentionKey, link, householdLinks, householdOf, mentionsOfHousehold);
    }

    boolean placeDispute(String caseKey, List<Object> link) {
        return place(caseKey, link, disputeLinks, disputeOf, casesOfDispute);
    }

    private static boolean place(String member, List<Object> link, Map<String, List<Object>> links,
            Map<String, String> groupOf, Map<String, Set<String>> membersOf) {
        List<Object> before = link == null ? links.remove(member) : links.put(member, link);
        if (java.util.Objects.equals(before, link)) {
            return false;
        }
        move(member, link == null ? null : (String) link.get(0), groupOf, membersOf);
        return true;
    }

    private static void move(String member, String group, Map<String, String> groupOf,
            Map<String, Set<String>> membersOf) {
        String before = group == null ? groupOf.remove(member) : groupOf.put(member, group);
        if (before != null && !before.equals(group)) {
            forget(membersOf, before, member);
        }
        if (group != null) {
            membersOf.computeIfAbsent(group, k -> new LinkedHashSet<>()).add(member);
        }
    }

    // Reads.

    IndexedCase caseOf(String caseKey) {
        return cases.get(caseKey);
    }

    IndexedMention mention(String mentionKey) {
        return mentions.get(mentionKey);
    }

    String personOf(String mentionKey) {
        return personOf.get(mentionKey);
    }

    String householdOf(String mentionKey) {
        return householdOf.get(mentionKey);
    }

    Set<String> mentionsOfPerson(String person) {
        return mentionsOfPerson.getOrDefault(person, Set.of());
    }

    Set<String> mentionsOfHousehold(String household) {
        return mentionsOfHousehold.getOrDefault(household, Set.of());
    }

    Set<String> casesOfDispute(String dispute) {
        return casesOfDispute.getOrDefault(dispute, Set.of());
    }

    /** The cases this one references or is referenced by, of those that have arrived. */
    Set<String> linked(String caseKey) {
        Set<String> linked = new HashSet<>();
        IndexedCase indexedCase = cases.get(caseKey);
        if (indexedCase != null) {
            indexedCase.references().stream().filter(cases::containsKey).forEach(linked::add);
        }
        referencedBy.getOrDefault(caseKey, Set.of()).stream().filter(cases::containsKey).forEach(linked::add);
        return linked;
    }

    Set<String> mentionsWithPhone(String phoneKey) {
        return byPhone.getOrDefault(phoneKey, Set.of());
    }

    /**
     * Mentions sharing a blocking key with the given one: an ID number beginning with its first 17 characters
     * (valid or mistyped: the same number, or one whose check character is the typo, the commonest), the phone,
     * the pronunciation of a full name or the house; the last two at most {@code limit} each (very common names,
     * a mis-read address naming a large block).
     */
    Set<String> candidates(String mentionKey, int limit) {
        IndexedMention mention = mentions.get(mentionKey);
        Set<String> found = new LinkedHashSet<>();
        String id = mention.idKey() != null ? mention.idKey() : mention.idTypo();
        if (id != null) {
            String prefix = id.substring(0, Math.min(17, id.length()));
            byIdNumber.subMap(prefix, true, prefix + Character.MAX_VALUE, false).values().forEach(found::addAll);
        }
        if (mention.phoneKey() != null) {
            found.addAll(byPhone.getOrDefault(mention.phoneKey(), Set.of()));
        }
        if (mention.pinyin() != null && !mention.titleOnly()) {
            firstOf(byFullName.get(mention.pinyin()), limit, found);
        }
        String house = mention.houseKey();
        if (house != null) {
            firstOf(byHome.get(house), limit, found);
            firstOf(byPlaceHome.get(house), limit, found);
        }
        return found;
    }

    private static void firstOf(Set<String> block, int limit, Set<String> into) {
        if (block != null) {
            block.stream().limit(limit).forEach(into::add);
        }
    }

    /** The facts person linking compares, with the mention's person as last placed. */
    MentionFacts facts(String mentionKey) {
        IndexedMention mention = mentions.get(mentionKey);
        IndexedCase indexedCase = cases.get(mention.caseKey());
        Set<String> others = new HashSet<>();
        for (String other : indexedCase.partyNames()) {
            if (!other.equals(mention.name())) {
                others.add(indexedCase.pinyinOfNames().get(other));
            }
        }
        for (String other : indexedCase.counterparties()) {
            if (!other.equals(mention.name())) {
                others.add(indexedCase.pinyinOfNames().get(other));
            }
        }
        return new MentionFacts(mention.key(), mention.caseKey(), mention.name(), mention.surname(),
                mention.titleOnly(), mention.sex(), mention.pinyin(), mention.idKey(), mention.idTypo(),
                mention.phoneKey(), mention.mobile(), mention.houseKey(), indexedCase.placeCode(), indexedCase.at(),
                others, personOf.get(mentionKey));
    }

    /** The facts of each mention, in the order given. */
    Map<String, MentionFacts> facts(Collection<String> mentionKeys) {
        Map<String, MentionFacts> facts = new LinkedHashMap<>();
        mentionKeys.forEach(key -> facts.computeIfAbsent(key, this::facts));
        return facts;
    }

    /** What dispute linking and warnings compare about a case, with its parties' links as last placed. */
    CaseLinkFacts caseFacts(String caseKey) {
        IndexedCase indexedCase = cases.get(caseKey);
        List<CaseLinkFacts.Party> parties = new ArrayList<>();
        for (String key : indexedCase.mentions()) {
            IndexedMention mention = mentions.get(key);
            parties.add(new CaseLinkFacts.Party(personOf.get(key), householdOf.get(key), mention.name(),
                    mention.fullNamePinyin(), mention.role()));
        }
        Set<String> counterparties = new HashSet<>();
        indexedCase.counterparties().forEach(name -> counterparties.add(indexedCase.pinyinOfNames().get(name)));
        return new CaseLinkFacts(caseKey, indexedCase.source(), indexedCase.category(), indexedCase.at(), parties,
                counterparties, linked(caseKey), disputeOf.get(caseKey), indexedCase.content(),
                indexedCase.state(), indexedCase.headcount(), indexedCase.placeCode());
    }

    /** The facts of each case, in the order given. */
    Map<String, CaseLinkFacts> caseFacts(Collection<String> caseKeys) {
        Map<String, CaseLinkFacts> facts = new LinkedHashMap<>();
        caseKeys.forEach(key -> facts.computeIfAbsent(key, this::caseFacts));
        return facts;
    }
}
