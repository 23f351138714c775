package io.dyadline.extraction.event;

import io.dyadline.extraction.EventType;
import io.dyadline.extraction.actor.ActorKind;
import io.dyadline.extraction.actor.ActorMention;
import io.dyadline.extraction.actor.Gazetteer;
import io.dyadline.extraction.text.Token;

import java.util.List;
import java.util.Set;

/**
 * Whether a pair the sentence names is the pair of the trigger: not when both are only objects in a list ({@code
 * party.coordinated_objects}), not when a third country or a grouping owns the event ("the Libyan ceasefire
 * agreement", "the G7 Summit": {@code party.owned_by_third}), not at a gathering of many ({@code
 * party.multilateral_gathering}).
 */
final class PairGuards {

    private final Set<String> npBoundary;
    private final Set<String> articles;
    private final Set<String> proxySuffixes;

    private final Gazetteer gazetteer;
    private final AssemblySettings settings;
    private final Set<String> multilateralWords;
    private final Set<String> multilateralCounts;
    private final Set<String> countWords;
    private final Set<String> countedSides;
    private final Set<String> bilateralWords;

    PairGuards(Gazetteer gazetteer, EventLexicon lexicon, AssemblySettings settings) {
        this.gazetteer = gazetteer;
        this.settings = settings;
        this.multilateralWords = lexicon.cueSet("multilateral");
        this.multilateralCounts = lexicon.cueSet("multilateral_count");
        this.countWords = lexicon.cueSet("count_word");
        this.countedSides = lexicon.cueSet("counted_side");
        this.bilateralWords = lexicon.cueSet("bilateral");
        this.npBoundary = lexicon.cueSet("np_boundary");
        this.articles = lexicon.cueSet("article");
        this.proxySuffixes = lexicon.cueSet("proxy_suffix");
    }

    /**
     * Both parties named only after a trigger that has no subject party, in a list ("talked with the President of
     * Mexico, the President of Guatemala", "meet with our fellow Quad partners, Australia and India"), unless
     * joined as the two sides ("talks between Iran and Oman", "U.S.-India talks").
     */
    boolean coordinatedObjects(SentenceFacts facts, TriggerMatch t, List<ActorMention> used) {
        if (used.isEmpty() || used.stream().anyMatch(m -> m.token() < t.from())) {
            return false;
        }
        List<Token> tokens = facts.tokens();
        // a noun's parties may be the sentence's later subject ("Speaking at a meeting with ..., Fattah said"), but
        // not those "with" joins by "and" right after it ("we've signed a new agreement with Micronesia and Palau";
        // "the meeting with King Salman, President Biden and ... held" goes on to the subject)
        ActorMention head = used.stream().min(java.util.Comparator.comparingInt(ActorMention::token)).get();
        int first = head.token();
        int next = facts.tokenAt(head.end());
        // "meetings with the leaders of Poland and Romania": the titles before the first name are of the list
        int with = first - 1;
        if (with > t.to() && tokens.get(with).norm().equals("of")) {
            with--;
            while (with > t.to() && (tokens.get(with).norm().equals("the") || gazetteer.isRoleAt(tokens, with))) {
                with--;
            }
        }
        boolean withAfterNoun = with >= 0 && tokens.get(with).norm().equals("with") && with >= t.to()
                && with <= t.to() + settings.aimedWindow() && next < tokens.size()
                && tokens.get(next).norm().equals("and");
        if (t.trigger().nominal() && !withAfterNoun) {
            return false;
        }
        // "welcome Prime Minister Kishida and Mrs. Kishida of Japan to the White House": a place is no item of the list
        List<ActorMention> ordered = used.stream().filter(m -> !venue(facts, m))
                .sorted(java.util.Comparator.comparingInt(ActorMention::token)).toList();
        // from where one side is first named to where the other is: "President X of Mexico and President Y of ..."
        boolean listed = false;
        int groupStart = ordered.get(0).token();
        for (int i = 1; i < ordered.size(); i++) {
            if (ordered.get(i).country().equals(ordered.get(i - 1).country())) {
                continue;
            }
            int to = ordered.get(i).token();
            if (to - groupStart <= settings.coordinatedWindow()) {
                for (int k = groupStart + 1; k < to; k++) {
                    listed |= tokens.get(k).norm().equals(",") || tokens.get(k).norm().equals("and");
                }
            }
            groupStart = to;
        }
        if (!listed) {
            return false;
        }
        for (ActorMention m : used) {
            int p = facts.wordBefore(m);
            if (p >= 0 && tokens.get(p).norm().equals("between")) {
                return false;
            }
            if (Topicality.pairCompound(facts, m)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A seat of government that "to", "in" or "at" introduces ("to the White House", "in Tehran"): where the event
     * takes place or goes. A country so introduced may be one of a list ("travel to Poland and Germany").
     */
    private static boolean venue(SentenceFacts facts, ActorMention m) {
        if (m.kind() != ActorKind.BODY && m.kind() != ActorKind.CAPITAL) {
            return false;
        }
        int p = facts.wordBefore(m);
        return p >= 0 && Set.of("to", "in", "at").contains(facts.tokens().get(p).norm());
    }

    /**
     * "More than 30 countries and the European Union have agreed to join", "Twenty-five additional countries quickly
     * joined them": sides counted in the sentence before the trigger, three or more (a number or a count word, at
     * most one word, then a plural of states: cues count_word, counted_side), are no pair.
     */
    boolean countedSides(SentenceFacts facts, TriggerMatch t) {
        List<Token> tokens = facts.tokens();
        for (int k = 0; k < t.from(); k++) {
            String w = tokens.get(k).norm();
            boolean count = countWords.contains(w) || isCount(w);
            for (int j = k + 1; count && j < t.from() && j <= k + 2; j++) {
                if (countedSides.contains(tokens.get(j).norm())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isCount(String w) {
        if (w.isEmpty() || !w.chars().allMatch(Character::isDigit) || w.length() > 3) {
            return false;
        }
        return Integer.parseInt(w) >= 3;
    }

    /**
     * A gathering of many ("the Quad Leaders' Summit", "a trilateral meeting", "the NATO summit"): three or more
     * countries named and no bilateral part.
     */
    boolean multilateralGathering(SentenceFacts facts, TriggerMatch t) {
        List<Token> tokens = facts.tokens();
        boolean gathering = false;
        // the gathering qualifies the trigger ("the NATO summit", "a trilateral meeting"), not a truce nearby
        for (int k = Math.max(0, t.from() - settings.gatheringBefore()); k < tokens.size()
                && k < t.to() + settings.gatheringAfter(); k++) {
            gathering |= multilateralWords.contains(tokens.get(k).norm()) || gazetteer.isMultilateralAt(tokens, k);
        }
        if (!gathering) {
            return false;
        }
        for (Token w : tokens) {
            if (bilateralWords.contains(w.norm())) {
                return false;
            }
        }
        Set<String> countries = new java.util.HashSet<>();
        for (ActorMention m : facts.actors()) {
            if (m.canBeParty()) {
                countries.add(m.country());
            }
        }
        // "she held a trilateral meeting with Ukrainian and German counterparts": the word counts the sides itself
        boolean counted = t.from() > 0 && multilateralCounts.contains(tokens.get(t.from() - 1).norm());
        return countries.size() >= settings.multilateralCountries()
                || multilateralWords.contains(tokens.get(t.from()).norm()) || counted;
    }

    /**
     * A nominal trigger qualified by a third country or a multilateral grouping ("the Libyan ceasefire agreement",
     * "the G7 Summit", "the first session of the G20") is that party's event, not the pair's.
     */
    boolean ownedByOthers(SentenceFacts facts, TriggerMatch t, List<String> pair,
                                  List<TriggerMatch> all) {
        List<Token> tokens = facts.tokens();
        if (!t.trigger().nominal()) {
            for (TriggerMatch n : all) {
                // "the Libyan ceasefire agreement concluded on ...": the participle is the owned noun's
                if (n.trigger().nominal() && n.to() == t.from() && ownedByOthers(facts, n, pair, all)) {
                    return true;
                }
            }
            // "the Libyan call for ...": a verb used as a noun after a third country's adjective
            int k = t.from() - 1;
            if (k >= 1 && articles.contains(tokens.get(k - 1).norm())) {
                for (ActorMention m : facts.actors()) {
                    if (m.token() == k && m.kind() == ActorKind.DEMONYM && !pair.contains(m.country())) {
                        return true;
                    }
                }
            }
            return false;
        }
        if ((t.trigger().id().equals("meet.summit") || t.trigger().id().equals("meet.noun"))
                && namedSummit(facts, t)) {
            return true;
        }
        int of = t.to();
        if (of + 1 < tokens.size() && tokens.get(of).norm().equals("of")) {
            int k = tokens.get(of + 1).norm().equals("the") ? of + 2 : of + 1;
            if (k < tokens.size() && gazetteer.isMultilateralAt(tokens, k)) {
                return true; // "the first session of the G20", "a meeting of NATO foreign ministers"
            }
        }
        for (int k = t.from() - 1; k >= 0 && k >= t.from() - settings.ownerWindow(); k--) {
            String w = tokens.get(k).norm();
            if (npBoundary.contains(w)) {
                return false;
            }
            if (gazetteer.isMultilateralAt(tokens, k)) {
                return true;
            }
            for (ActorMention m : facts.actors()) {
                if (m.token() == k && (m.kind() == ActorKind.DEMONYM || m.kind() == ActorKind.COUNTRY)
                        && !pair.contains(m.country())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "the Jeddah Security and Development Summit", "the Global Coalition to Defeat ISIS ministerial meeting": a
     * summit or meeting with a name of its own is a gathering of many; one named by its countries or called
     * bilateral ("the U.S.-U.K. Bilateral Cancer Summit") is the pair's, and so is a session of their joint body
     * ("the 13th Joint Economic Committee meeting").
     */
    private boolean namedSummit(SentenceFacts facts, TriggerMatch t) {
        List<Token> tokens = facts.tokens();
        boolean named = false;
        for (int k = t.from() - 1; k >= 0 && k >= t.from() - settings.summitNameWindow(); k--) {
            Token w = tokens.get(k);
            if (w.norm().equals("bilateral")) {
                return false;
            }
            for (ActorMention m : facts.actors()) {
                if (w.start() >= m.start() && w.end() <= m.end()) {
                    return false;
                }
            }
            if (npBoundary.contains(w.norm()) && !w.norm().equals("and")) {
                break;
            }
            int at = k;
            if (facts.triggers().stream().anyMatch(o -> o.trigger().type() == EventType.WORKING_GROUP
                    && o.from() <= at && at < o.to())) {
                return false; // "the two countries' 13th Joint Economic Committee meeting": their own body meets
            }
            named |= w.capital() && !facts.inTimex(w);
        }
        return named;
    }

    /** "the UAE-backed separatists": the country backs a side, it is not one. */
    private boolean proxy(SentenceFacts facts, ActorMention m) {
        String after = facts.fieldText().substring(m.end(), Math.min(facts.fieldText().length(), m.end() + 16));
        if (after.isEmpty() || (after.charAt(0) != '-' && after.charAt(0) != '\u2010')) {
            return false;
        }
        String word = after.substring(1).split("[^\\p{L}]", 2)[0].toLowerCase(java.util.Locale.ROOT);
        return proxySuffixes.contains(word);
    }

    /**
     * The countries a nominal trigger's "between X and Y" names as its two sides, with the mentions naming them;
     * {@code namesNonState} when a side is named as something no country is (a group, "the previous
     * administration") rather than only by officials' titles ("between the President and the Prime Minister");
     * {@code unplacedName} when a side is a name the text places in no country ("between Zadboum and an Uzbek
     * official").
     */
    record Sides(List<String> countries, List<ActorMention> mentions, boolean namesNonState, boolean unplacedName) {
    }

    /**
     * "talks between Iran and Oman", "the agreement signed between Hadi and the separatists": a nominal trigger
     * followed by "between" names its sides there, so that the sentence's other countries (a host, a mediator, a
     * speaker) are not its parties. Null when no such phrase follows; the sides may be fewer than two countries
     * ("talks between the Syrian government and opposition forces").
     */
    Sides betweenSides(SentenceFacts facts, TriggerMatch t) {
        // "the agreement signed between ...": the participle of a noun of its type shares the noun's sides
        boolean participle = facts.triggers().stream().anyMatch(n -> n.trigger().nominal() && n.to() == t.from()
                && n.trigger().type() == t.trigger().type());
        if (!t.trigger().nominal() && !participle) {
            return sidesBefore(facts, t);
        }
        List<Token> tokens = facts.tokens();
        int between = -1;
        for (int k = t.to(); k < tokens.size() && k <= t.to() + settings.betweenGap(); k++) {
            String w = tokens.get(k).norm();
            if (w.equals("between")) {
                between = k;
                break;
            }
            if (!Character.isLetterOrDigit(w.charAt(0))) {
                return null;
            }
        }
        if (between < 0) {
            return null;
        }
        int and = -1;
        int end = tokens.size();
        for (int k = between + 1; k < end; k++) {
            String w = tokens.get(k).norm();
            if (w.equals(",") || w.equals(";") || w.equals(".") || w.equals("(") || w.equals("\"")) {
                end = k;
                break;
            }
            if (and < 0 && w.equals("and")) {
                and = k;
                end = Math.min(tokens.size(), k + 1 + settings.betweenSideWindow());
            }
        }
        if (and < 0) {
            return null; // "between them", "between the two": the pair is told elsewhere
        }
        List<String> countries = new java.util.ArrayList<>();
        List<ActorMention> mentions = new java.util.ArrayList<>();
        boolean nonState = false;
        for (ActorMention m : facts.actors()) {
            if (m.token() <= between || m.token() >= end) {
                continue;
            }
            if (m.canBeParty() && !proxy(facts, m)) {
                mentions.add(m);
                if (!countries.contains(m.country())) {
                    countries.add(m.country());
                }
            }
            nonState |= !m.canBeParty();
        }
        boolean roles = false;
        boolean unplaced = false;
        boolean institution = false;
        for (int k = between + 1; k < end; k++) {
            boolean role = gazetteer.isRoleAt(tokens, k);
            roles |= role;
            Token w = tokens.get(k);
            // "between the Government of Iraq and the Kurdistan Regional Government": a side after "the" is a
            // named body, not a person the lexicons do not know
            institution = k == between + 1 || k == and + 1 ? w.norm().equals("the") : institution;
            boolean inMention = facts.actors().stream().anyMatch(m -> w.start() >= m.start() && w.end() <= m.end());
            unplaced |= w.capital() && !inMention && !role && !institution && !facts.inTimex(w);
        }
        // "between the previous administration and the Taliban": sides named, neither an official nor a country
        nonState |= countries.isEmpty() && !roles;
        return new Sides(countries, mentions, nonState, unplaced);
    }

    /**
     * "the agreement between Saudi Arabia and Iraq signed on July 16": a verb of a noun's type right after the
     * noun's sides, with no break between, tells the noun's event and shares its sides.
     */
    private Sides sidesBefore(SentenceFacts facts, TriggerMatch t) {
        for (TriggerMatch n : facts.triggers()) {
            if (!n.trigger().nominal() || n.trigger().type() != t.trigger().type() || n.to() >= t.from()) {
                continue;
            }
            Sides sides = betweenSides(facts, n);
            if (sides != null && sides.mentions().stream().allMatch(m -> m.token() < t.from())
                    && unbroken(facts.tokens(), n.to(), t.from())) {
                return sides;
            }
        }
        return null;
    }

    private static boolean unbroken(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!Character.isLetterOrDigit(tokens.get(k).norm().charAt(0))) {
                return false;
            }
        }
        return true;
    }
}
