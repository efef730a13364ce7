package org.disputehub.synthetic;

import java.util.ArrayList;
import java.util.List;

import org.disputehub.synthetic.DisputeCategory.Counterpart;

/**
 * Plans a dispute when it starts: who is involved, what it is about, and the records it will
 * produce over the following weeks (a 110 call, another a week later, a hotline complaint,
 * a petition). Disputes with three police calls within 30 days are hot.
 */
final class DisputePlanner {

    /** P police, H hotline, X petition, in the order the matter reaches them. */
    private static final String[] PATHS = {
        "P", "H", "X", "PH", "PP", "HH", "PPH", "PHX", "HX", "PPHX", "XX", "HHX", "PX",
        "PPP", "PPPH", "PPPHX", "HPPP", "PPPP"};
    private static final int[] PATH_WEIGHTS = {
        13, 13, 11, 9, 5, 6, 5, 7, 7, 5, 6, 3, 4,
        3, 3, 2, 1, 1};
    static final long HOT_WINDOW = 30 * Times.DAY;

    private final AreaCatalog areas;
    private final Population population;
    private final PersonPicker picker;
    private final Organisations organisations;

    DisputePlanner(AreaCatalog areas, Population population, PersonPicker picker, Organisations organisations) {
        this.areas = areas;
        this.population = population;
        this.picker = picker;
        this.organisations = organisations;
    }

    /** Mean number of records a dispute's path asks for (before the period's end cuts some off). */
    static double meanPathLength() {
        double weighted = 0;
        int total = 0;
        for (int i = 0; i < PATHS.length; i++) {
            weighted += PATHS[i].length() * (double) PATH_WEIGHTS[i];
            total += PATH_WEIGHTS[i];
        }
        return weighted / total;
    }

    /** @return the dispute, or null when its first record would fall after {@code periodEnd} */
    Dispute plan(int number, long dayStart, long periodEnd, Dice dice) {
        DisputeCategory category = DisputeCategory.pick(dice);
        long day = Times.epochDay(dayStart);
        int complainant = -1;
        int other = -1;
        boolean spouse = false;
        String organisation = null;
        boolean againstOrganisation = againstOrganisation(category.counterpart, dice);
        for (int attempt = 0; attempt < 20 && other < 0; attempt++) {
            complainant = picker.anyAdult(day, dice);
            if (againstOrganisation) {
                break;
            }
            other = switch (category.counterpart) {
                case HOUSEHOLD -> {
                    int partner = picker.spouseOf(complainant, day);
                    spouse = partner >= 0;
                    yield spouse ? partner : picker.adultIn(population.householdAt(complainant, day), day,
                            complainant, dice);
                }
                case NEIGHBOUR -> picker.neighbourOf(complainant, day, dice);
                case ANYONE -> picker.anyAdult(day, dice);
                default -> picker.acquaintanceOf(complainant, day, areas, dice);
            };
            if (other == complainant) {
                other = -1;
            }
        }
        var village = population.village(population.householdAt(complainant, day));
        if (againstOrganisation) {
            organisation = switch (category.counterpart) {
                case EMPLOYER -> organisations.employer(dice);
                case LANDLORD_OR_COMPANY -> organisations.propertyCompany(dice);
                case HOSPITAL -> organisations.hospital(village.township(), dice);
                default -> organisations.developerOrGovernment(village.township(), dice);
            };
        }
        else if (other < 0) {
            return null;
        }
        String[] templates = IssueTemplates.of(category, againstOrganisation, spouse);
        String path = PATHS[dice.weighted(PATH_WEIGHTS)];
        List<Step> steps = steps(path, dayStart, periodEnd, other >= 0, dice);
        if (steps.isEmpty()) {
            return null;
        }
        int[] fellows = new int[0];
        if (path.indexOf('X') >= 0 && dice.chance(category.groupPetitionShare())) {
            fellows = picker.fellowVillagers(complainant, dice.between(1, 5), day, dice);
        }
        return new Dispute(number, category, complainant, other, organisation, spouse, fellows, dice.pick(templates),
                dice.between(10, 180) * 500, village, steps, isHot(steps));
    }

    private static boolean againstOrganisation(Counterpart counterpart, Dice dice) {
        return switch (counterpart) {
            case EMPLOYER -> dice.chance(0.7);
            case LANDLORD_OR_COMPANY -> dice.chance(0.5);
            case HOSPITAL, DEVELOPER -> true;
            default -> false;
        };
    }

    private static List<Step> steps(String path, long dayStart, long periodEnd, boolean twoPersons, Dice dice) {
        boolean hotPath = path.chars().filter(c -> c == 'P').count() >= 3;
        List<Step> steps = new ArrayList<>(path.length());
        long at = 0;
        int police = 0;
        char previous = 0;
        for (int i = 0; i < path.length(); i++) {
            char kind = path.charAt(i);
            Source source = kind == 'P' ? Source.POLICE : kind == 'H' ? Source.HOTLINE : Source.PETITION;
            if (i == 0) {
                at = dayStart + Times.secondOfDay(source, dice);
            }
            else {
                long day = Times.epochDay(at) + gapDays(previous, kind, hotPath, dice);
                long next = day * Times.DAY - Times.OFFSET.getTotalSeconds() + Times.secondOfDay(source, dice);
                at = Math.max(next, at + Times.HOUR);
            }
            if (at > periodEnd) {
                break;
            }
            boolean escalation = kind == 'P' && (hotPath ? police >= 2 : police >= 1 && dice.chance(0.25));
            double otherCalls = kind == 'P' ? 0.35 : kind == 'H' ? 0.15 : 0;
            steps.add(new Step(source, at, escalation, twoPersons && dice.chance(otherCalls)));
            if (kind == 'P') {
                police++;
            }
            previous = kind;
        }
        return steps;
    }

    private static int gapDays(char previous, char next, boolean hotPath, Dice dice) {
        return switch (next) {
            case 'P' -> previous == 'P' ? (hotPath ? dice.between(2, 9) : dice.between(8, 25)) : dice.between(2, 12);
            case 'H' -> dice.between(1, 10);
            default -> previous == 'X' ? dice.between(20, 60) : dice.between(7, 40);
        };
    }

    /** At least three police incidents within 30 days. */
    static boolean isHot(List<Step> steps) {
        List<Long> police = new ArrayList<>();
        for (Step step : steps) {
            if (step.source() == Source.POLICE) {
                police.add(step.at());
            }
        }
        for (int i = 0; i + 2 < police.size(); i++) {
            if (police.get(i + 2) - police.get(i) <= HOT_WINDOW) {
                return true;
            }
        }
        return false;
    }
}
