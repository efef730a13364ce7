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
import java.util.stream.Stream;

import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;
import org.springframework.beans.factory.annotation.Autowired;
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

    /**
     * A case as linking sees it; its mentions and the cases it references by key. Of its text, only the words
     * rules look for ({@link RuleWords}).
     */
    record IndexedCase(String key, String source, String category, long at, String ruleWords, String state,
            int headcount, String placeCode, List<String> mentions, List<String> partyNames,
            List<String> partyNamePinyins, List<String> counterparties, List<String> counterpartyPinyins,
            List<String> references) {
    }

    /** A mention's facts as ingest stored them on its node. */
    record IndexedMention(String key, String caseKey, String name, String surname, boolean titleOnly, String sex,
            String pinyin, String idKey, String idTypo, String phoneKey, boolean mobile, String homeKey,
            String placeHomeKey, String role) {

        String houseKey() {
            return homeKey != null ? homeKey : placeHomeKey;
        }

        String landline() {
            return phoneKey != null && phoneKey.startsWith("l:") ? phoneKey : null;
        }

        /** The pronunciation of a full name; none for a title such as {@code 王女士}. */
        String fullNamePinyin() {
            return name != null && !titleOnly ? pinyin : null;
        }
    }

    /**
     * A mention's facts, where it was placed and a fingerprint of each link that placed it, to write only what
     * changes. Fields rather than objects: there are millions of them.
     */
    private static final class MentionEntry {
        IndexedMention facts;
        String person;
        long personLink;
        String household;
        long householdLink;
    }

    private static final class CaseEntry {
        IndexedCase facts;
        String dispute;
        long disputeLink;
    }

    private final Map<String, CaseEntry> cases = new HashMap<>();
    private final Map<String, MentionEntry> mentions = new HashMap<>();
    // Members by group (see Groups): one member as itself, a few as a list.
    private final Map<String, Object> mentionsOfPerson = new HashMap<>();
    private final Map<String, Object> mentionsOfHousehold = new HashMap<>();
    private final Map<String, Object> casesOfDispute = new HashMap<>();
    /** Cases by the keys they reference, whether those have arrived or not. */
    private final Map<String, Object> referencedBy = new HashMap<>();
    /** Valid and mistyped ID numbers: candidates are found by prefix, as Cypher's STARTS WITH did. */
    private final NavigableMap<String, Object> byIdNumber = new TreeMap<>();
    private final Map<String, Object> byPhone = new HashMap<>();
    private final Map<String, Object> byFullName = new HashMap<>();
    private final Map<String, Object> byHome = new HashMap<>();
    /** Houses given as the place by mentions that gave no home. */
    private final Map<String, Object> byPlaceHome = new HashMap<>();
    /** Cases by the pronunciation of each other side their text names. */
    private final Map<String, Object> byOtherSideNamed = new HashMap<>();

    private final RuleWords ruleWords;
    /** Cases a read of the whole graph takes at a time. */
    private final int loadPage;
    private boolean loaded;
    /** A batch changed the index and has not committed: the graph may not hold what the index does. */
    private boolean uncommitted;

    @Autowired
    public LinkingIndex(RuleWords ruleWords) {
        this(ruleWords, 5_000);
    }

    LinkingIndex(RuleWords ruleWords, int loadPage) {
        this.ruleWords = ruleWords;
        this.loadPage = loadPage;
    }

    /**
     * Brings the index up to the graph as the batch's transaction sees it, after the batch wrote
     * {@code writtenCases} (each as the ingest wrote it: {@code key}, {@code props}, {@code parties} with their
     * {@code key} and {@code props}, {@code references}); reads the whole graph instead when the index may be
     * stale. Call {@link #committed()} once the transaction commits.
     */
    public void refresh(TransactionContext tx, List<Map<String, Object>> writtenCases) {
        if (uncommitted) {
            // The last batch that changed the index did not commit: the graph no longer holds what it placed.
            loaded = false;
        }
        else if (loaded) {
            long unknown = writtenCases.stream().filter(written -> !cases.containsKey(written.get("key"))).count();
            long inGraph = tx.run(LinkingIndexCypher.CASE_COUNT).single().get("cases").asLong();
            loaded = inGraph == cases.size() + unknown;
        }
        uncommitted = true;
        if (!loaded) {
            clear();
            for (String after = ""; after != null;) {
                after = readPage(tx, after);
            }
            loaded = true;
        }
        else {
            writtenCases.forEach(this::put);
        }
    }

    /**
     * Reads the whole graph, a page of cases per read transaction, when the index is known to be stale (at the
     * first batch, as after a restart, or after a batch that did not commit). Call before the batch's own
     * transaction: at a million records the read takes a minute or more, which must not count against that
     * transaction's timeout. {@link #refresh} still checks the graph's case count inside the transaction.
     */
    public void loadIfStale(Session session) {
        if (loaded && !uncommitted) {
            return;
        }
        clear();
        String after = "";
        while (after != null) {
            String from = after;
            after = session.executeRead(tx -> readPage(tx, from));
        }
        loaded = true;
        uncommitted = false;
    }

    /** Puts the cases of the page after {@code after}; returns the last one's key, or none after the last page. */
    private String readPage(TransactionContext tx, String after) {
        List<Map<String, Object>> page = tx
            .run(LinkingIndexCypher.CASES_AFTER, Map.of("after", after, "page", loadPage))
            .list(record -> record.get("written").asMap());
        page.forEach(this::put);
        return page.size() < loadPage ? null : (String) page.get(page.size() - 1).get("key");
    }

    /** The batch that last changed the index committed: the index holds what the graph does. */
    public void committed() {
        uncommitted = false;
    }

    /** Forget everything; the next batch reads the graph again. */
    public void invalidate() {
        loaded = false;
        clear();
    }

    private void clear() {
        cases.clear();
        mentions.clear();
        List.of(mentionsOfPerson, mentionsOfHousehold, casesOfDispute, referencedBy, byIdNumber, byPhone, byFullName,
                byHome, byPlaceHome, byOtherSideNamed).forEach(Map::clear);
    }

    /**
     * A case and its mentions as written. A new version replaces the facts; mentions it still names keep their
     * links, those it no longer names go. Links come with it only when read from the graph.
     */
    @SuppressWarnings("unchecked")
    private void put(Map<String, Object> written) {
        CaseEntry known = cases.get((String) written.get("key"));
        // Each version's row brings its own copy of the keys: the index keeps the first.
        String key = known != null ? known.facts.key() : (String) written.get("key");
        Map<String, Object> props = (Map<String, Object>) written.get("props");
        List<Map<String, Object>> parties = (List<Map<String, Object>>) written.get("parties");
        List<String> mentionKeys = small(parties.stream().map(party -> knownMentionKey((String) party.get("key"))));
        CaseEntry entry = known;
        if (entry == null) {
            entry = new CaseEntry();
            cases.put(key, entry);
        }
        else {
            for (String mention : entry.facts.mentions()) {
                if (mentionKeys.contains(mention)) {
                    unblock(mentions.get(mention).facts);
                }
                else {
                    remove(mention);
                }
            }
            entry.facts.references().forEach(target -> Groups.remove(referencedBy, target, key));
            entry.facts.counterpartyPinyins().stream().distinct()
                .forEach(name -> Groups.remove(byOtherSideNamed, name, key));
        }
        List<String> partyNames = strings(props.get("partyNames"));
        List<String> counterparties = strings(props.get("counterparties"));
        Set<String> references = new LinkedHashSet<>();
        for (Map<String, Object> reference : (List<Map<String, Object>>) written.get("references")) {
            references.add((String) reference.get("to"));
        }
        references.forEach(target -> Groups.add(referencedBy, target, key));
        Object reportedAt = props.get("reportedAt");
        Object headcount = props.get("d_headcount");
        entry.facts = new IndexedCase(key, shared(props.get("source")), shared(props.get("category")),
                reportedAt == null ? 0 : Instant.from((TemporalAccessor) reportedAt).toEpochMilli(),
                ruleWords.in((String) props.get("content")), shared(props.get("state")),
                headcount == null ? 0 : ((Number) headcount).intValue(), shared(props.get("placeCode")), mentionKeys,
                partyNames, pinyins(partyNames), counterparties, pinyins(counterparties), List.copyOf(references));
        entry.facts.counterpartyPinyins().stream().distinct().forEach(name -> Groups.add(byOtherSideNamed, name, key));
        for (int i = 0; i < parties.size(); i++) {
            Map<String, Object> party = parties.get(i);
            String mentionKey = mentionKeys.get(i);
            IndexedMention mention = mention(key, mentionKey, (Map<String, Object>) party.get("props"));
            mentions.computeIfAbsent(mentionKey, k -> new MentionEntry()).facts = mention;
            blocks(mention).forEach(block -> Groups.add(block, blockKey(block, mention), mentionKey));
            if (party.containsKey("person")) {
                placePerson(mentionKey, (List<Object>) party.get("person"));
                placeHousehold(mentionKey, (List<Object>) party.get("household"));
            }
        }
        if (written.containsKey("dispute")) {
            placeDispute(key, (List<Object>) written.get("dispute"));
        }
    }

    private String knownMentionKey(String mentionKey) {
        MentionEntry known = mentions.get(mentionKey);
        return known != null ? known.facts.key() : mentionKey;
    }

    /**
     * The items as {@link List#copyOf} keeps them: the empty list shared, one or two items without an array. Most
     * of a case's lists (its mentions, parties, other sides, references) are that short.
     */
    private static List<String> small(Stream<String> items) {
        return List.copyOf(items.toList());
    }

    /**
     * One copy of values that repeat across many records (a category, a role, a village code, a name): each
     * record's row carries its own copy, and the index keeps millions of them.
     */
    private static String shared(Object value) {
        return value == null ? null : ((String) value).intern();
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object list) {
        return list == null ? List.of() : small(((List<String>) list).stream().map(LinkingIndex::shared));
    }

    private static List<String> pinyins(List<String> names) {
        return small(names.stream().map(name -> Names.pinyin(name).intern()));
    }

    private static IndexedMention mention(String caseKey, String key, Map<String, Object> props) {
        return new IndexedMention(key, caseKey, shared(props.get("nameText")), shared(props.get("surname")),
                Boolean.TRUE.equals(props.get("titleOnly")), shared(props.get("sex")), shared(props.get("pinyin")),
                (String) props.get("idKey"), (String) props.get("idTypo"), (String) props.get("phoneKey"),
                Boolean.TRUE.equals(props.get("mobile")), shared(props.get("homeKey")),
                shared(props.get("placeHomeKey")), shared(props.get("role")));
    }

    private void remove(String mentionKey) {
        MentionEntry entry = mentions.get(mentionKey);
        if (entry != null) {
            unblock(entry.facts);
            placePerson(mentionKey, null);
            placeHousehold(mentionKey, null);
            mentions.remove(mentionKey);
        }
    }

    private void unblock(IndexedMention mention) {
        for (Map<String, Object> block : blocks(mention)) {
            Groups.remove(block, blockKey(block, mention), mention.key());
        }
    }

    private List<Map<String, Object>> blocks(IndexedMention mention) {
        List<Map<String, Object>> blocks = new ArrayList<>(4);
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

    private String blockKey(Map<String, Object> block, IndexedMention mention) {
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
        MentionEntry entry = mentions.get(mentionKey);
        return place(mentionKey, entry.person, entry.personLink, link, mentionsOfPerson, (group, fingerprint) -> {
            entry.person = group;
            entry.personLink = fingerprint;
        });
    }

    boolean placeHousehold(String mentionKey, List<Object> link) {
        MentionEntry entry = mentions.get(mentionKey);
        return place(mentionKey, entry.household, entry.householdLink, link, mentionsOfHousehold,
                (group, fingerprint) -> {
                    entry.household = group;
                    entry.householdLink = fingerprint;
                });
    }

    boolean placeDispute(String caseKey, List<Object> link) {
        CaseEntry entry = cases.get(caseKey);
        return place(caseKey, entry.dispute, entry.disputeLink, link, casesOfDispute, (group, fingerprint) -> {
            entry.dispute = group;
            entry.disputeLink = fingerprint;
        });
    }

    private interface Placing {
        void at(String group, long fingerprint);
    }

    /** Whether {@code link} differs from the member's placement; if so, the member moves to its group. */
    private static boolean place(String member, String placedIn, long placedBy, List<Object> link,
            Map<String, Object> membersOf, Placing placing) {
        String group = link == null ? null : (String) link.get(0);
        long fingerprint = fingerprint(link);
        if (java.util.Objects.equals(placedIn, group) && placedBy == fingerprint) {
            return false;
        }
        if (placedIn != null && !placedIn.equals(group)) {
            Groups.remove(membersOf, placedIn, member);
        }
        if (group != null) {
            Groups.add(membersOf, group, member);
        }
        placing.at(group, fingerprint);
        return true;
    }

    /**
     * 64-bit FNV-1a of the link's text (0: none): links compare by it, so a changed link is never missed in
     * practice.
     */
    private static long fingerprint(List<Object> link) {
        if (link == null) {
            return 0;
        }
        String text = link.toString();
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            hash = (hash ^ text.charAt(i)) * 0x100000001b3L;
        }
        return hash == 0 ? 1 : hash;
    }

    // Reads.

    IndexedCase caseOf(String caseKey) {
        return cases.get(caseKey).facts;
    }

    IndexedMention mention(String mentionKey) {
        return mentions.get(mentionKey).facts;
    }

    String personOf(String mentionKey) {
        return mentions.get(mentionKey).person;
    }

    String householdOf(String mentionKey) {
        return mentions.get(mentionKey).household;
    }

    Collection<String> mentionsOfPerson(String person) {
        return Groups.of(mentionsOfPerson, person);
    }

    Collection<String> mentionsOfHousehold(String household) {
        return Groups.of(mentionsOfHousehold, household);
    }

    Collection<String> casesOfDispute(String dispute) {
        return Groups.of(casesOfDispute, dispute);
    }

    Collection<String> mentionsWithPhone(String phoneKey) {
        return Groups.of(byPhone, phoneKey);
    }

    /** The cases this one references or is referenced by, of those that have arrived. */
    Set<String> linked(String caseKey) {
        Set<String> linked = new HashSet<>();
        CaseEntry entry = cases.get(caseKey);
        if (entry != null) {
            entry.facts.references().stream().filter(cases::containsKey).forEach(linked::add);
        }
        Groups.of(referencedBy, caseKey).stream().filter(cases::containsKey).forEach(linked::add);
        return linked;
    }

    /**
     * Mentions sharing a blocking key with the given one: an ID number beginning with its first 17 characters
     * (valid or mistyped: the same number, or one whose check character is the typo, the commonest), the phone,
     * the pronunciation of a full name or the house; the last two at most {@code limit} each (very common names,
     * a mis-read address naming a large block).
     */
    Set<String> candidates(String mentionKey, int limit) {
        IndexedMention mention = mention(mentionKey);
        Set<String> found = new LinkedHashSet<>();
        String id = mention.idKey() != null ? mention.idKey() : mention.idTypo();
        if (id != null) {
            String prefix = id.substring(0, Math.min(17, id.length()));
            byIdNumber.subMap(prefix, true, prefix + Character.MAX_VALUE, false).keySet()
                .forEach(number -> found.addAll(Groups.of(byIdNumber, number)));
        }
        if (mention.phoneKey() != null) {
            found.addAll(Groups.of(byPhone, mention.phoneKey()));
        }
        if (mention.pinyin() != null && !mention.titleOnly()) {
            firstOf(Groups.of(byFullName, mention.pinyin()), limit, found);
        }
        String house = mention.houseKey();
        if (house != null) {
            firstOf(Groups.of(byHome, house), limit, found);
            firstOf(Groups.of(byPlaceHome, house), limit, found);
        }
        return found;
    }

    private static void firstOf(Collection<String> block, int limit, Set<String> into) {
        block.stream().limit(limit).forEach(into::add);
    }

    /** Mentions whose full name sounds so. */
    Collection<String> mentionsNamed(String pinyin) {
        return Groups.of(byFullName, pinyin);
    }

    /** Cases whose text names an other side that sounds so. */
    Collection<String> casesNaming(String pinyin) {
        return Groups.of(byOtherSideNamed, pinyin);
    }

    /** The facts person linking compares, with the mention's person as last placed. */
    MentionFacts facts(String mentionKey) {
        MentionEntry entry = mentions.get(mentionKey);
        IndexedMention mention = entry.facts;
        IndexedCase indexedCase = caseOf(mention.caseKey());
        Set<String> others = new HashSet<>();
        addOthers(indexedCase.partyNames(), indexedCase.partyNamePinyins(), mention.name(), others);
        addOthers(indexedCase.counterparties(), indexedCase.counterpartyPinyins(), mention.name(), others);
        return new MentionFacts(mention.key(), mention.caseKey(), mention.name(), mention.surname(),
                mention.titleOnly(), mention.sex(), mention.pinyin(), mention.idKey(), mention.idTypo(),
                mention.phoneKey(), mention.mobile(), mention.houseKey(), indexedCase.placeCode(), indexedCase.at(),
                others, entry.person);
    }

    private static void addOthers(List<String> names, List<String> pinyins, String own, Set<String> into) {
        for (int i = 0; i < names.size(); i++) {
            if (!names.get(i).equals(own)) {
                into.add(pinyins.get(i));
            }
        }
    }

    /** The facts of each mention, in the order given. */
    Map<String, MentionFacts> facts(Collection<String> mentionKeys) {
        Map<String, MentionFacts> facts = new LinkedHashMap<>();
        mentionKeys.forEach(key -> facts.computeIfAbsent(key, this::facts));
        return facts;
    }

    /** What dispute linking and warnings compare about a case, with its parties' links as last placed. */
    CaseLinkFacts caseFacts(String caseKey) {
        CaseEntry entry = cases.get(caseKey);
        IndexedCase indexedCase = entry.facts;
        List<CaseLinkFacts.Party> parties = new ArrayList<>();
        for (String key : indexedCase.mentions()) {
            MentionEntry mention = mentions.get(key);
            parties.add(new CaseLinkFacts.Party(mention.person, mention.household, mention.facts.name(),
                    mention.facts.fullNamePinyin(), mention.facts.role()));
        }
        return new CaseLinkFacts(caseKey, indexedCase.source(), indexedCase.category(), indexedCase.at(), parties,
                new HashSet<>(indexedCase.counterpartyPinyins()), linked(caseKey), entry.dispute,
                indexedCase.ruleWords(), indexedCase.state(), indexedCase.headcount(), indexedCase.placeCode());
    }

    /** The facts of each case, in the order given. */
    Map<String, CaseLinkFacts> caseFacts(Collection<String> caseKeys) {
        Map<String, CaseLinkFacts> facts = new LinkedHashMap<>();
        caseKeys.forEach(key -> facts.computeIfAbsent(key, this::caseFacts));
        return facts;
    }
}
