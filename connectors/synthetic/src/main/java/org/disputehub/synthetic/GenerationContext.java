package org.disputehub.synthetic;

import tools.jackson.databind.json.JsonMapper;

/** What every desk shares: the county, the noise writers, the truth and the clock. */
final class GenerationContext {

    final GeneratorOptions options;
    final AreaCatalog areas;
    final Population population;
    final PersonPicker picker;
    final MentionWriter mentions;
    final AddressNoise addresses;
    final TruthFiles truth;
    final Stats stats;
    final Scheduler scheduler;
    final JsonMapper json;
    /** Last second of the period: nothing is exported after it. */
    final long periodEnd;

    private int matters;

    GenerationContext(GeneratorOptions options, AreaCatalog areas, Population population, MentionWriter mentions,
                      AddressNoise addresses, TruthFiles truth, Stats stats, Scheduler scheduler, JsonMapper json) {
        this.options = options;
        this.areas = areas;
        this.population = population;
        this.picker = new PersonPicker(population);
        this.mentions = mentions;
        this.addresses = addresses;
        this.truth = truth;
        this.stats = stats;
        this.scheduler = scheduler;
        this.json = json;
        this.periodEnd = Times.startOf(options.end().plusDays(1)) - 1;
    }

    String county() {
        return areas.countyName();
    }

    void recordCase(Source source, String sourceId, String disputeId, String latestVersionMarker) {
        truth.caseRow(source, sourceId, disputeId, latestVersionMarker);
        stats.record(source);
        if (disputeId == null) {
            stats.recordsWithoutDispute++;
        }
    }

    void recordMention(Source source, String sourceId, String key, int person, long epochDay, MentionText text) {
        truth.mention(source, sourceId, key, person, population.householdAt(person, epochDay), text);
        stats.mention(source);
    }

    /** A record about a matter of its own (theft, a broken street lamp): a one-record dispute S…. */
    String singleMatter(String category, int person, long at) {
        String id = Digits.padded("S", ++matters, 6);
        truth.dispute(id, category, false, Population.personId(person), at, at);
        stats.standaloneMatters++;
        return id;
    }
}
