package org.disputehub.hub.linking;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How sure the hub must be before it links, and what counts as one matter.
 *
 * @param personThreshold   summed evidence score at which two mentions are taken for one person
 * @param weights           score each kind of evidence adds (negative: speaks against)
 * @param disputes          dispute inference
 * @param familyCategories  categories of matters within a family, whose parties share a household
 * @param bystanderRoles    party roles (e.g. 证人) that are neither side of a matter nor family of a party
 */
@ConfigurationProperties("hub.linking")
public record LinkingProperties(@DefaultValue("1.0") double personThreshold, Map<String, Double> weights,
        @DefaultValue Disputes disputes, List<String> familyCategories, List<String> bystanderRoles) {

    public LinkingProperties {
        weights = weights == null ? Map.of() : Map.copyOf(weights);
        familyCategories = familyCategories == null ? List.of() : List.copyOf(familyCategories);
        bystanderRoles = bystanderRoles == null ? List.of() : List.copyOf(bystanderRoles);
    }

    double weight(String evidence, double fallback) {
        return weights.getOrDefault(evidence, fallback);
    }

    /**
     * @param windowDays        longest gap between two cases of one party and category taken for one matter
     * @param agreedWindowDays  the same when both cases name the same other side
     * @param categoryGroups    dispute categories that can form one matter, by group: the hotline's and
     *                          petitions' words and the police subtypes for the same kind of quarrel; a
     *                          category may sit in several groups (the police file land requisition under
     *                          their one subtype for land, 土地纠纷)
     * @param escalations       categories (e.g. 殴打他人) that continue a matter of any group when the same
     *                          two sides are named, or of the group whose category the text names
     * @param continuation      channels whose records say when a matter was reported before
     */
    public record Disputes(@DefaultValue("60") int windowDays, @DefaultValue("180") int agreedWindowDays,
            Map<String, List<String>> categoryGroups, List<String> escalations, Continuation continuation) {

        @ConstructorBinding
        public Disputes {
            categoryGroups = categoryGroups == null ? Map.of() : Map.copyOf(categoryGroups);
            escalations = escalations == null ? List.of() : List.copyOf(escalations);
            continuation = continuation == null ? Continuation.NONE : continuation;
        }

        public Disputes(int windowDays, int agreedWindowDays, Map<String, List<String>> categoryGroups,
                List<String> escalations) {
            this(windowDays, agreedWindowDays, categoryGroups, escalations, Continuation.NONE);
        }
    }

    /**
     * A record of one of {@code channels} continues an earlier case of one of {@code earlier} that its reporter
     * (a party in one of {@code reporterRoles}) reported too only when its text says the matter came before, in
     * one of {@code words} (再次反映, 此前已报警); otherwise it is a new matter between the same sides. The
     * sources' own references still join it.
     */
    public record Continuation(List<String> channels, List<String> earlier, List<String> reporterRoles,
            List<String> words) {

        static final Continuation NONE = new Continuation(List.of(), List.of(), List.of(), List.of());

        public Continuation {
            channels = channels == null ? List.of() : List.copyOf(channels);
            earlier = earlier == null ? List.of() : List.copyOf(earlier);
            reporterRoles = reporterRoles == null ? List.of() : List.copyOf(reporterRoles);
            words = words == null ? List.of() : List.copyOf(words);
        }
    }
}
