package io.dyadline.extraction.event;

import io.dyadline.extraction.Actor;
import io.dyadline.extraction.Decision;
import io.dyadline.extraction.EventDate;
import io.dyadline.extraction.EventStatus;
import io.dyadline.extraction.EventType;
import io.dyadline.extraction.Evidence;
import io.dyadline.extraction.ExtractedEvent;
import io.dyadline.extraction.Precision;
import io.dyadline.extraction.Span;
import io.dyadline.extraction.actor.ActorKind;
import io.dyadline.extraction.actor.ActorMention;
import io.dyadline.extraction.actor.Gazetteer;
import io.dyadline.extraction.sector.SectorClassifier;
import io.dyadline.extraction.sector.SectorTaxonomy;
import io.dyadline.extraction.sector.SectorClassifier.SectorHit;
import io.dyadline.extraction.text.PhraseMatcher;
import io.dyadline.extraction.text.Token;
import io.dyadline.extraction.time.Grain;
import io.dyadline.extraction.time.Timex;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Turns the facts of a document's sentences into bilateral events: picks the two parties of each trigger, its date
 * and status, and merges the mentions of one real-world event (headline, lead, follow-ups) into one event.
 */
public final class EventAssembler {

    private static final Set<String> TOPIC_PREPOSITIONS = Set.of("on", "about", "regarding", "over", "against",
            "in", "into", "toward", "towards", "concerning", "to", "from", "including", "like", "across", "within",
            "throughout", "for", "by", "at", "between", "among", "near", "beyond", "than", "via");
    private static final Set<String> PARTNER_TO_VERBS = Set.of("visit.travel", "visit.noun", "visit.arrive",
            "call.speak", "proposal.verb");
    private static final Pattern WEEKDAY = Pattern.compile("(?i)^(on |last |this )?(monday|tuesday|wednesday|"
            + "thursday|friday|saturday|sunday)$");
    /** Set from settings.tsv (govern_window) at load; static because time governance is shared by static helpers. */
    private static final int GOVERN_WINDOW = AssemblySettings.load().governWindow();
    /** The rule of an "agreed to remain in contact": no agreement of its own (see agreesToGoOn). */
    private static final String GOES_ON = "trigger.agrees_to_go_on";
    private static final Set<String> POSSESSIVES = Set.of("his", "her", "their", "its", "our", "my", "your");
    private static final Set<String> DEFINITE = Set.of("the", "this", "that", "these", "those");
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("that", "which", "who");
    private static final Set<String> NP_BOUNDARY = Set.of("the", "this", "that", "these", "those", "its", "their",
            "his", "her", "our", "of", "on", "for", "with", "to", "in", "at", "by", "from", ",", "and", "or", ";",
            "which", "who", "will", "was", "were", "is", "are", "has", "have", "had", "signed", "welcomed");
    private static final Set<String> NOT_MET = Set.of("one", "two", "three", "four", "five", "ten", "twenty",
            "fifty", "half", "all", "most", "part", "needs", "demand", "demands", "target", "targets", "goals",
            "goal", "requirements", "obligations", "standards", "criteria", "deadline", "expectations",
            "commitments");
    /** Friction: what one government does against another (verbal and material conflict). */
    private static final Set<EventType> FRICTION = java.util.EnumSet.range(EventType.DEMAND, EventType.FORCE);
    /** Verbal conflict: several of its words in one sentence about one pair state one act. */
    private static final Set<EventType> VERBAL_CONFLICT = java.util.EnumSet.range(EventType.DEMAND, EventType.THREAT);
    /** Words before "call on" that make the call a noun (a call about something), not a demand. */
    private static final Set<String> CALL_AS_NOUN = Set.of("a", "an", "the", "this", "that", "our", "their", "his",
            "her", "its", "background", "phone", "conference", "video", "s", "press");
    /** Prepositions that name whom a friction act is aimed at: "sanctions on Iran", "war against Yemen". */
    private static final Set<String> TARGET_PREPOSITIONS = Set.of("on", "against", "at", "toward", "towards", "upon",
            "into");
    private static final Set<String> RELATIVE = Set.of("which", "that", "who", "whom", "whose", "where", "when",
            "established", "signed", "founded", "launched", "created", "adopted", ";");

    private final Gazetteer gazetteer;
    private final EventLexicon lexicon;
    private final AssemblySettings settings;
    private final TriggerFilter filter;
    private final Set<String> multilateralWords;
    private final Set<String> bilateralWords;

    public EventAssembler(Gazetteer gazetteer, EventLexicon lexicon) {
        this(gazetteer, lexicon, AssemblySettings.load());
    }

    public EventAssembler(Gazetteer gazetteer, EventLexicon lexicon, AssemblySettings settings) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
        this.settings = settings;
        this.filter = new TriggerFilter(lexicon, settings);
        this.multilateralWords = lexicon.cueSet("multilateral");
        this.bilateralWords = lexicon.cueSet("bilateral");
    }

    /** One trigger with its parties, date and status, before merging. */
    private record Candidate(SentenceFacts facts, TriggerMatch trigger, List<String> pair, EventDate date,
                             boolean ownDate, EventStatus status, List<ActorMention> parties, Timex timex,
                             boolean fromFocus, String location, boolean indefinite, Map<String, String> persons,
                             String vague, List<Decision> decisions, String initiator) {

        boolean inTitle() {
            return facts.sentence().field() == Span.Field.TITLE;
        }
    }

    /** An event being built from one or more candidates. */
    private static final class Draft {
        EventType type;
        String cameo;
        List<String> pair;
        EventDate date;
        EventStatus status;
        String location;
        boolean ownDate;
        String vague;
        String initiator;
        double confidence;
        final List<Candidate> mentions = new ArrayList<>();
        final List<Decision> merges = new ArrayList<>();
    }

    public List<ExtractedEvent> assemble(List<SentenceFacts> sentences, LocalDate published) {
        return assemble(sentences, published, new ArrayList<>());
    }

    /** Assembles the events of a document; each trigger that makes none adds its reason to {@code dropped}. */
    public List<ExtractedEvent> assemble(List<SentenceFacts> sentences, LocalDate published, List<Decision> dropped) {
        List<Candidate> candidates = new ArrayList<>();
        List<String> focus = null;
        int focusParagraph = 0;
        EventDate lastDate = null;
        int lastDateParagraph = -1;
        Timex recentExplicit = null;
        int recentExplicitSentence = -10;
        Map<String, EventDate> nameDates = new HashMap<>();
        List<String> headline = headlinePair(sentences);
        int questionParagraph = Integer.MIN_VALUE;
        for (SentenceFacts facts : sentences) {
            if (focus == null && facts.sentence().field() == Span.Field.TEXT) {
                focus = headline; // "Iran to Expand Ties With Oman": the pair the article is about
                focusParagraph = facts.sentence().paragraph();
            }
            List<TriggerMatch> triggers = selectTriggers(facts.triggers());
            // "Q   On Khashoggi, ...: His widow left meetings ...": every sentence of a reporter's turn is talk
            if (TriggerFilter.opensReporterTurn(facts)) {
                questionParagraph = facts.sentence().paragraph();
            }
            boolean reporterTurn = facts.sentence().field() == Span.Field.TEXT
                    && facts.sentence().paragraph() == questionParagraph;
            Set<String> told = new java.util.HashSet<>();
            for (TriggerMatch t : triggers) {
                String veto = reporterTurn ? TriggerFilter.QUESTION : vetoed(facts, t, triggers);
                if (veto == null) {
                    veto = filter.veto(facts, t);
                }
                if (veto == null) {
                    veto = frictionVeto(facts, t, triggers);
                }
                if (veto != null) {
                    dropped.add(dropDecision(veto.startsWith("merge.") ? "merge" : "trigger", veto, facts, t));
                    continue;
                }
                List<Decision> why = new ArrayList<>();
                why.add(new Decision("trigger", t.trigger().id(), "'" + text(facts, t) + "' is a "
                        + t.trigger().type().name()));
                if (callsForCooperation(facts, t)) {
                    // "urged Tehran to expand cooperation": asked to cooperate, a proposal, not a demand
                    t = new TriggerMatch(t.from(), t.to(), new Trigger(t.trigger().id(), EventType.PROPOSAL, "030",
                            t.trigger().nominal()));
                    why.add(new Decision("type", "type.call_for_cooperation", "PROPOSAL"));
                }
                boolean cue = refersBack(facts, t);
                List<ActorMention> used = new ArrayList<>();
                // "He's created a task force" eighty paragraphs after the last pair: a focus that old is no referent
                boolean stale = focus != null
                        && facts.sentence().paragraph() - focusParagraph > settings.focusReach();
                if (stale && !(facts.sentence().field() == Span.Field.TITLE)) {
                    focus = null;
                }
                boolean anaphoric = anaphoricSubject(facts, t) && focus != null;
                boolean act = FRICTION.contains(t.trigger().type()) || t.trigger().type() == EventType.AID;
                Act acting = act ? actParties(facts, t, focus) : null;
                if (act && acting.agent() == null) {
                    // "he once again called on congressional Republicans": friction names its sides, or is none
                    dropped.add(dropDecision("party", acting.rule(), facts, t));
                    continue;
                } else if (acting != null) {
                    anaphoric = false;
                }
                List<String> pair = anaphoric ? focus : acting != null ? List.of(acting.agent(), acting.target())
                        : parties(facts, t, used);
                String partyRule = anaphoric ? "party.anaphoric_subject" : acting != null ? acting.rule()
                        : "party.subject_object";
                if (acting != null) {
                    used.addAll(acting.mentions());
                }
                boolean fromFocus = pair == focus;
                if (pair == null) {
                    dropped.add(dropDecision("party", "party.multilateral", facts, t));
                    continue;
                }
                if (pair.isEmpty() && !anaphoric && !bothSidesNamed(facts)) {
                    // "I can speak to what the President ...": no party named and none referred back to
                    dropped.add(dropDecision("party", "party.none_named", facts, t));
                    continue;
                }
                if (pair.size() < 2) {
                    if ((cue || (pair.size() == 1 && unplacedSubject(facts, t))) && focus != null
                            && focus.containsAll(pair)) {
                        pair = focus;
                        fromFocus = true;
                        partyRule = cue ? "party.reference_to_focus" : "party.unplaced_subject";
                    } else {
                        String host = pair.size() == 1 ? hostCountry(facts, t, pair) : null;
                        if (host == null) {
                            dropped.add(dropDecision("party", "party.one_side", facts, t));
                            continue;
                        }
                        pair = List.of(pair.get(0), host);
                        partyRule = "party.host_country";
                    }
                } else if (!anaphoric && acting == null && coordinatedObjects(facts, t, used)) {
                    // "I have talked with the President of Mexico, the President of Guatemala": each is the
                    // unnamed speaker's partner, not the other's
                    dropped.add(dropDecision("party", "party.coordinated_objects", facts, t));
                    continue;
                }
                pair = sorted(pair);
                if (ownedByOthers(facts, t, pair, triggers)) {
                    dropped.add(dropDecision("party", "party.owned_by_third", facts, t));
                    continue;
                }
                if (multilateralGathering(facts, t)) {
                    dropped.add(dropDecision("party", "party.multilateral_gathering", facts, t));
                    continue;
                }
                why.add(new Decision("party", partyRule, String.join("-", pair)));
                Map<String, String> persons = nearestPersons(facts, t, used);
                Timex timex = governingTimex(facts, t);
                TriggerMatch participle = participle(t, triggers);
                if (timex == null && participle != null) {
                    timex = governingTimex(facts, participle); // "the agreements to be signed on July 16"
                    if (timex != null && published != null && timex.rangeEnd() != null
                            && timex.rangeEnd().isBefore(published)
                            && status(facts, t, null, false, published) == EventStatus.PLANNED) {
                        timex = null; // "to be signed on Monday" resolved to a past Monday: the grammar wins
                    }
                }
                // a second trigger of the same kind restates the first unless its own date sets it apart
                String[] direction = acting != null ? new String[]{acting.agent(), acting.direction()}
                        : direction(facts, t, pair, used);
                String initiator = direction[0];
                // "rejected Hariri's allegations against Iran, saying ...": one sentence, one act of one side
                String key = VERBAL_CONFLICT.contains(t.trigger().type()) ? "CONFLICT" + pair + initiator
                        : mergeClass(t.trigger().type()) + pair + persons + initiator;
                String when = timex == null ? null : timex.value();
                if (told.contains(key) && (when == null || told.contains(key + "@" + when))) {
                    dropped.add(dropDecision("merge", "merge.same_sentence", facts, t));
                    continue;
                }
                told.add(key);
                told.add(key + "@" + when);
                EventDate date;
                boolean ownDate = timex != null;
                // "in September" with no year to anchor it: a date of its own, unknown, never another's
                String vague = timex == null ? vagueTimex(facts, t) : null;
                if (vague != null) {
                    date = null;
                } else if (timex != null) {
                    boolean weekday = WEEKDAY.matcher(timex.text().trim()).matches();
                    if (weekday && cue && recentExplicit != null
                            && facts.sentence().index() - recentExplicitSentence <= 3
                            && published != null && !covers(recentExplicit, published)) {
                        date = toDate(recentExplicit, "inherited.paragraph");
                    } else {
                        date = toDate(timex, timex.rule());
                    }
                } else if (facts.sentence().field() == Span.Field.TITLE) {
                    date = null;
                } else if ((fromFocus || cue) && lastDate != null
                        && facts.sentence().paragraph() - lastDateParagraph <= settings.paragraphReach()) {
                    date = new EventDate(lastDate.start(), lastDate.end(), lastDate.precision(), lastDate.edtf(),
                            "inherited.paragraph");
                } else if (sharedName(facts, nameDates) != null) {
                    EventDate named = sharedName(facts, nameDates);
                    date = new EventDate(named.start(), named.end(), named.precision(), named.edtf(),
                            "inherited.actor");
                } else if (published != null) {
                    date = new EventDate(published, published, Precision.DAY, published.toString(),
                            "inherited.publication");
                } else {
                    date = null;
                }
                if (!ownDate && t.trigger().nominal() && (t.trigger().type() == EventType.FORCE
                        || t.trigger().type() == EventType.THREAT)) {
                    // "Russia's war of aggression", "the threats posed by the DPRK": an undated noun of conflict
                    // describes a state of affairs; the act is news when the text dates it ("strikes on Friday")
                    dropped.add(dropDecision("date", "veto.undated_conflict_noun", facts, t));
                    continue;
                }
                if (date != null && published != null && ownDate && farFrom(date, published) != null) {
                    // "reduce emissions 30% from 2020 levels by 2030", "the Outer Space Treaty of 1967"
                    dropped.add(dropDecision("date", farFrom(date, published), facts, t));
                    continue;
                }
                EventStatus status = status(facts, t, date, ownDate, published);
                if (t.trigger().type() == EventType.MEETING && status == EventStatus.OCCURRED
                        && triggers.stream().anyMatch(o -> o.trigger().type() == EventType.CALL)) {
                    dropped.add(dropDecision("merge", "merge.discussed_on_call", facts, t));
                    continue; // what a call discussed or negotiated is the call
                }
                if (status == EventStatus.PLANNED && !ownDate && date != null && published != null
                        && !date.start().isAfter(published)) {
                    // what is still to come takes no date of what has happened: the year of the statement
                    LocalDate year = published.withDayOfYear(1);
                    date = new EventDate(year, year.plusYears(1).minusDays(1), Precision.YEAR,
                            String.valueOf(year.getYear()), "planned.publication_year");
                }
                boolean indefinite = false;
                for (TriggerMatch o : triggers) {
                    indefinite |= mergeClass(o.trigger().type()).equals(mergeClass(t.trigger().type()))
                            && indefinite(facts, o);
                }
                if (vague != null) {
                    why.add(new Decision("date", "date.vague", vague));
                } else if (date != null) {
                    why.add(new Decision("date", date.source(), date.edtf()));
                }
                why.add(new Decision("status", status == EventStatus.PLANNED ? "status.planned_cue_or_future"
                        : "status.occurred", status.name()));
                if (t.trigger().id().equals("agree.verb") && agreesToGoOn(facts.tokens(), t)) {
                    // "agreed to remain in close contact": part of the talks, told with them or no event at all
                    why.add(new Decision("trigger", GOES_ON, "agreed while talking, no agreement concluded"));
                }
                why.add(new Decision("direction", direction[1], initiator == null ? "none"
                        : initiator + " towards " + other(pair, initiator)));
                candidates.add(new Candidate(facts, t, pair, date, ownDate, status, used, timex, fromFocus,
                        location(facts), indefinite, persons, vague, why, initiator));
                boolean related = focus == null || focus.contains(pair.get(0)) || focus.contains(pair.get(1));
                // "Biden welcomed ... relations with Iraq": one side of the focus acting towards a third country
                // does not make "they" mean that pair; a subject naming both sides does
                boolean shift = focus == null || pair.equals(focus) || subjectNamesBoth(used, t, pair);
                if (fromFocus || (hasSubject(used, t) && related && shift)
                        || facts.sentence().field() == Span.Field.TITLE) {
                    focus = pair;
                    focusParagraph = facts.sentence().paragraph();
                }
                if (date != null && !"planned.publication_year".equals(date.source())) {
                    lastDate = date;
                    lastDateParagraph = facts.sentence().paragraph();
                    for (String name : names(facts)) {
                        nameDates.put(name, date);
                    }
                }
            }
            for (Timex x : facts.timexes()) {
                if (x.isAnchored() && !WEEKDAY.matcher(x.text().trim()).matches() && x.grain() != Grain.DAY
                        && x.grain() != Grain.WEEK) {
                    recentExplicit = x;
                    recentExplicitSentence = facts.sentence().index();
                } else if (x.isAnchored() && x.grain() == Grain.DAY && !WEEKDAY.matcher(x.text().trim()).matches()) {
                    recentExplicit = null;
                }
            }
        }
        return merge(candidates, published, ArticleSectors.of(sentences), dropped);
    }

    /**
     * The guards of aid and friction: the words a trigger needs near it (objects.tsv), sanctions eased rather than
     * imposed, friction that is only what talks are about, an act that is denied or only alleged, and a meeting
     * with a summoned envoy, which is the protest.
     */
    private String frictionVeto(SentenceFacts facts, TriggerMatch t, List<TriggerMatch> all) {
        List<Token> tokens = facts.tokens();
        EventType type = t.trigger().type();
        EventLexicon.ObjectWords needs = lexicon.objectWords(t.trigger().id());
        if (needs != null) {
            boolean found = false;
            for (int k = Math.max(0, t.from() - needs.window()); k < tokens.size() && k < t.to() + needs.window()
                    && !found; k++) {
                found = (k < t.from() || k >= t.to()) && needs.words().contains(tokens.get(k).norm());
            }
            if (!found) {
                return "veto.no_object_word";
            }
        }
        if (type == EventType.SANCTION) {
            for (int k = Math.max(0, t.from() - 3); k < tokens.size() && k < t.to() + 2; k++) {
                if ((k < t.from() || k >= t.to()) && lexicon.isCue("relief", tokens.get(k).norm())) {
                    return "veto.sanctions_relief"; // "discussed sanctions relief", "the lifting of sanctions"
                }
            }
        }
        if (!FRICTION.contains(type) && type != EventType.AID && t.from() > 0
                && (tokens.get(t.from() - 1).norm().equals("against") || t.from() > 1
                && tokens.get(t.from() - 2).norm().equals("against")
                && Set.of("the", "a", "any", "all").contains(tokens.get(t.from() - 1).norm()))) {
            return "veto.opposed"; // "advised against travel to Tunisia", "campaigned against the deal"
        }
        if (t.trigger().id().equals("demand.call_on") && t.from() > 0 && CALL_AS_NOUN.contains(
                tokens.get(t.from() - 1).norm())) {
            return "veto.call_as_noun"; // "today's background call on U.S. support"
        }
        if (FRICTION.contains(type) && t.trigger().nominal() && t.from() > 0
                && Set.of("over", "about", "regarding", "concerning", "for").contains(tokens.get(t.from() - 1).norm())) {
            return "veto.reason_of_reaction"; // "summons envoy over attack": the attack is the reason told
        }
        if ((type == EventType.SANCTION || type == EventType.FORCE) && !t.trigger().nominal()) {
            for (int k = t.from() - 1; k >= 0 && k >= t.from() - 6; k--) {
                String w = tokens.get(k).norm();
                if (w.equals(";") || w.equals(".")) {
                    break;
                }
                if (lexicon.isCue("goal", w) || k == t.from() - 1 && (w.equals("for") || w.equals("of"))) {
                    return "veto.sought_measure"; // "support for imposing new sanctions", "seek to impose"
                }
            }
        }
        for (TriggerMatch o : all) {
            if (o == t || o.from() >= t.from()) {
                continue;
            }
            EventType before = o.trigger().type();
            if (isEncounter(type) && before == EventType.PROTEST && !o.trigger().nominal()) {
                return "merge.summoned_envoy";
            }
            boolean sameClause = noClauseBreak(tokens, o.to(), t.from());
            if (FRICTION.contains(type) && t.trigger().nominal() && sameClause && t.from() - o.to() <= 8
                    && (isEncounter(before) || before == EventType.AGREEMENT || before == EventType.PROPOSAL)) {
                return "veto.topic_of_talks"; // "discussed the sanctions", "talks on the strike"
            }
            if (o.trigger().id().equals("reject.deny") && sameClause && !VERBAL_CONFLICT.contains(type)) {
                return "veto.denied_act"; // "denied that its forces attacked the ship"
            }
            if (before == EventType.ACCUSATION && !o.trigger().nominal() && sameClause
                    && !VERBAL_CONFLICT.contains(type)) {
                for (int k = o.to(); k < t.from(); k++) {
                    if (tokens.get(k).norm().equals("of")) {
                        return "veto.alleged_act"; // "accused Iran of attacking the tanker": the charge, not the act
                    }
                }
            }
        }
        if (isEncounter(type)) {
            for (TriggerMatch o : all) {
                if (o.trigger().type() == EventType.PROTEST && !o.trigger().nominal() && o.from() > t.from()
                        && o.from() - t.to() <= 3) {
                    return "merge.summoned_envoy"; // "the meeting to which the envoy was summoned"
                }
            }
        }
        return null;
    }

    private static boolean noClauseBreak(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = tokens.get(k).norm();
            if (w.equals(";") || w.equals("but") || w.equals("while") || w.equals("whereas")) {
                return false; // a sentence has no full stop inside but in abbreviations ("U.S.")
            }
        }
        return true;
    }

    /** "urged Tehran to expand cooperation", "called on both sides to boost ties": what is asked is cooperation. */
    private boolean callsForCooperation(SentenceFacts facts, TriggerMatch t) {
        if (t.trigger().type() != EventType.DEMAND || t.trigger().nominal()) {
            return false;
        }
        List<Token> tokens = facts.tokens();
        for (int k = t.to(); k < tokens.size() && k < t.to() + 10; k++) {
            String w = tokens.get(k).norm();
            if (w.equals(";") || w.equals(".") || w.equals("and") && k > t.to() + 5) {
                return false;
            }
            if (lexicon.isCue("cooperation_goal", w)) {
                return true;
            }
        }
        return false;
    }

    /** Who acts and whom it is aimed at, for aid and friction; {@code agent} null with the rule of the drop. */
    private record Act(String agent, String target, List<ActorMention> mentions, String rule, String direction) {
    }

    /** Words before a friction verb that open its clause: its subject comes after them. */
    private static final Set<String> CLAUSE_OPENERS = Set.of(";", ":", "that", "after", "because", "saying", "said",
            "says", "while", "when", "since", "but", "whereas", "if", "as", "\"", "adding", "noting");

    /**
     * The two sides of an act of aid or friction, as CAMEO coders take them: the agent is the party nearest
     * before the verb in its clause ("Tehran on Sunday rejected"), or after "by" in a passive ("was called in by
     * the Iranian Foreign Ministry", "a request by Riyadh"), or the noun's own ("U.S. sanctions"); the target is
     * the party right after it ("warned the EU", "sanctions on Iran"), or the subject of a passive. A side not named
     * is the other side of the pair in focus when the named one belongs to it ("I warn the U.S. president").
     */
    private Act actParties(SentenceFacts facts, TriggerMatch t, List<String> focus) {
        List<Token> tokens = facts.tokens();
        ActorMention agent = null;
        ActorMention target = null;
        String rule;
        int clauseStart = 0;
        for (int k = t.from() - 1; k >= 0; k--) {
            if (CLAUSE_OPENERS.contains(tokens.get(k).norm())) {
                clauseStart = k + 1;
                break;
            }
        }
        ActorMention before = null;
        for (ActorMention m : facts.actors()) {
            if (m.canBeParty() && m.token() < t.from() && m.token() >= clauseStart && !topical(facts, m, t)
                    && (before == null || m.token() > before.token())) {
                before = m;
            }
        }
        for (ActorMention m : facts.actors()) {
            // "the Azerbaijani Foreign Ministry": the demonym says whose ministry it is
            if (before != null && m.canBeParty() && m.end() <= before.start() && m.token() >= before.token() - 2
                    && (m.kind() == ActorKind.DEMONYM || m.kind() == ActorKind.COUNTRY)
                    && before.kind() != ActorKind.DEMONYM && before.kind() != ActorKind.COUNTRY) {
                before = m;
            }
        }
        if (t.trigger().nominal()) {
            agent = nounAgent(facts, t);
            ActorMention light = lightVerbAgent(facts, t, clauseStart);
            if (agent == null) {
                agent = light;
            }
            boolean material = t.trigger().type() == EventType.SANCTION || t.trigger().type() == EventType.FORCE;
            if (material && light == null && governingTimex(facts, t) == null) {
                // "Putin's war in Ukraine", "U.S. sanctions on Iran" told without a date or a verb that makes them
                // happen: the state of things an article recites, not an act it reports
                return new Act(null, null, List.of(), "party.ongoing_reference", null);
            }
            if (agent == null) {
                return new Act(null, null, List.of(), "party.unattributed_noun", null);
            }
            target = after(facts, t, agent.country(), t.trigger().type() == EventType.FORCE ? 6 : 4, true);
            if (target == null && t.trigger().type() == EventType.AID) {
                // "China gave Pakistan a loan": the receiver named between the giver and the gift
                for (ActorMention m : facts.actors()) {
                    if (m.canBeParty() && m.token() > agent.token() && m.token() < t.from()
                            && !m.country().equals(agent.country()) && target == null) {
                        target = m;
                    }
                }
            }
            if (target == null && VERBAL_CONFLICT.contains(t.trigger().type())) {
                // "Iran turned down a request by Riyadh": the noun's agent acts towards the clause's other party
                target = before != null && !before.country().equals(agent.country()) ? before : null;
            }
            rule = "party.noun_agent";
        } else {
            int p = t.from() - 1;
            while (p >= 0 && tokens.get(p).norm().endsWith("ly") && tokens.get(p).norm().length() > 3) {
                p--; // "was swiftly summoned"
            }
            boolean passive = p >= 0 && lexicon.isCue("passive", tokens.get(p).norm());
            ActorMention by = null;
            for (ActorMention m : facts.actors()) {
                int q = m.token() - 1;
                if (q >= 0 && tokens.get(q).norm().equals("the")) {
                    q--;
                }
                if (m.canBeParty() && m.token() > t.from() && q >= t.to() && q <= (passive ? t.to() + 3 : t.to())
                        && tokens.get(q).norm().equals("by") && by == null) {
                    by = m;
                }
            }
            if (passive || by != null) {
                agent = by;
                target = before;
                rule = "party.passive";
            } else {
                String word = tokens.get(t.from()).norm();
                if (word.endsWith("ing")) {
                    // "has written letters to ... warning about", "Urging strict adherence ..., the minister noted":
                    // a participle's agent is the sentence's subject
                    before = null;
                    for (ActorMention m : facts.actors()) {
                        if (m.canBeParty() && !topical(facts, m, t) && (before == null || m.token() < before.token())
                                && m.token() != t.to()) {
                            before = m;
                        }
                    }
                    rule = "party.participle_subject";
                } else {
                    rule = "party.agent_target";
                }
                ActorMention nearest = before;
                agent = before;
                target = reactionTarget(facts, t, agent);
                if (target == NO_STATE) {
                    return new Act(null, null, List.of(), "party.non_state_target", null);
                }
                if (target == null) {
                    target = after(facts, t, agent == null ? null : agent.country(), 8, false);
                }
                if (target == null && rule.equals("party.participle_subject") && agent != null) {
                    // "letters to ... his Saudi Arabian counterpart warning about": the addressee is named before
                    for (ActorMention m : facts.actors()) {
                        if (m.canBeParty() && m.token() < t.from() && !m.country().equals(agent.country())
                                && !topical(facts, m, t) && (target == null || m.token() > target.token())
                                && addressedBefore(facts.tokens(), m.token())) {
                            target = m;
                        }
                    }
                }
            }
        }
        String direction = t.trigger().nominal() ? "direction.noun_agent"
                : rule.equals("party.passive") ? "direction.passive_agent"
                : rule.equals("party.participle_subject") ? "direction.participle_subject" : "direction.subject";
        if (agent != null && target != null && !agent.country().equals(target.country())) {
            return new Act(agent.country(), target.country(), List.of(agent, target), rule, direction);
        }
        // "I warn the U.S. president": an unnamed agent acting towards one side of the focus is its other side; a
        // passive without its agent ("was assassinated in 2005") and an act with no target named are not guessed
        if (agent == null && target != null && !rule.equals("party.passive") && focus != null
                && focus.contains(target.country())) {
            return new Act(other(focus, target.country()), target.country(), List.of(target), "party.agent_in_focus",
                    "direction.not_the_target");
        }
        ActorMention named = agent != null ? agent : target;
        return new Act(null, null, List.of(), named == null ? "party.none_named" : "party.one_side", null);
    }

    /** "letters to OPEC President ... and his Saudi Arabian counterpart": a "to" opens the phrase that names it. */
    private static boolean addressedBefore(List<Token> tokens, int token) {
        for (int k = token - 1; k >= 0 && k >= token - 10; k--) {
            String w = tokens.get(k).norm();
            if (w.equals("to")) {
                return true;
            }
            if (w.equals(",") || w.equals("that") || w.equals("said")) {
                return false;
            }
        }
        return false;
    }

    /**
     * "rejected Hariri's allegations", "turned down a request by Riyadh": a reaction aimed at another act is aimed at
     * that act's agent.
     */
    private ActorMention reactionTarget(SentenceFacts facts, TriggerMatch t, ActorMention agent) {
        for (TriggerMatch o : facts.triggers()) {
            if (!o.trigger().nominal() || !FRICTION.contains(o.trigger().type()) || o.from() < t.to()
                    || o.from() - t.to() > 4) {
                continue;
            }
            ActorMention by = nounAgent(facts, o);
            boolean objectNamedFirst = facts.actors().stream().anyMatch(m -> m.canBeParty() && m != by
                    && m.token() >= t.to() && m.token() < o.from()); // "blamed Washington for the attack"
            if (!objectNamedFirst) {
                if (by != null && (agent == null || !by.country().equals(agent.country()))) {
                    return by;
                }
                if (by == null && VERBAL_CONFLICT.contains(t.trigger().type())) {
                    return NO_STATE; // "condemned the militia attack on the U.S. embassy": aimed at the militia
                }
            }
        }
        return null;
    }

    /** The target of a reaction to an act no state is said to have done. */
    private static final ActorMention NO_STATE = new ActorMention(0, 0, -1, "", ActorKind.NONE, "party.non_state",
            null, null, false, false);

    /**
     * The first party after a trigger within a window, not the agent's country: "warned the EU", "sanctions on
     * Iran"; with {@code aimed}, only one after a preposition that aims ("on", "against").
     */
    private ActorMention after(SentenceFacts facts, TriggerMatch t, String not, int window, boolean aimed) {
        List<Token> tokens = facts.tokens();
        ActorMention best = null;
        for (ActorMention m : facts.actors()) {
            if (!m.canBeParty() || m.country().equals(not) || m.token() < t.to() || m.token() > t.to() + window
                    || (best != null && best.token() <= m.token())) {
                continue;
            }
            int p = m.token() - 1;
            if (p >= t.to() && tokens.get(p).norm().equals("the")) {
                p--;
            }
            String prep = p >= 0 ? tokens.get(p).norm() : "";
            EventType type = t.trigger().type();
            boolean aimedAt = p >= t.to() - 1 && (TARGET_PREPOSITIONS.contains(prep)
                    || type == EventType.FORCE && prep.equals("in") || type == EventType.SANCTION && prep.equals("from")
                    || type == EventType.AID && (prep.equals("to") || prep.equals("for"))
                    || VERBAL_CONFLICT.contains(type) && t.trigger().nominal() && prep.equals("to"));
            if (aimed ? aimedAt : aimedAt || !topical(facts, m, t)) {
                best = m;
            }
        }
        return best;
    }

    /** Who a friction or aid noun says acts: "a request by Riyadh", "U.S. sanctions", "the Saudi-led war". */
    private ActorMention nounAgent(SentenceFacts facts, TriggerMatch t) {
        List<Token> tokens = facts.tokens();
        for (ActorMention m : facts.actors()) {
            if (m.canBeParty() && m.token() > t.to() && m.token() <= t.to() + 3) {
                int p = m.token() - 1;
                if (tokens.get(p).norm().equals("the")) {
                    p--;
                }
                if (p >= t.to() && tokens.get(p).norm().equals("by")) {
                    return m;
                }
            }
        }
        ActorMention best = null;
        for (ActorMention m : facts.actors()) {
            if (!m.canBeParty() || m.token() >= t.from() || m.token() < t.from() - 5) {
                continue;
            }
            int end = m.token() + 1;
            while (end < tokens.size() && tokens.get(end).start() < m.end()) {
                end++;
            }
            boolean inPhrase = end <= t.from() && t.from() - end <= 3;
            for (int k = end; k < t.from() && inPhrase; k++) {
                String w = tokens.get(k).norm();
                inPhrase = (!NP_BOUNDARY.contains(w) || w.equals("-")) && !Set.of("anti", "a", "an").contains(w)
                        && !inTrigger(facts, k); // "gave Pakistan a loan": the loan is not Pakistan's
            }
            boolean possessive = end + 1 < tokens.size() && tokens.get(end).norm().equals("'")
                    && tokens.get(end + 1).norm().equals("s");
            if (inPhrase && (m.kind() != ActorKind.COUNTRY || possessive || end == t.from()
                    || !gazetteer.isModifierNoun(tokens.get(end)))) {
                best = m; // the nearest: "the Saudi-led coalition's war" is the coalition's
            }
        }
        return best;
    }

    /**
     * "Saudi Arabia unleashed a devastating campaign against Yemen", "Iran has slapped the U.S. in the face by
     * launching a missile strike": the subject of a light verb right before the noun acts.
     */
    private ActorMention lightVerbAgent(SentenceFacts facts, TriggerMatch t, int clauseStart) {
        List<Token> tokens = facts.tokens();
        int verb = -1;
        for (int k = t.from() - 1; k >= 0 && k >= t.from() - 4; k--) {
            if (lexicon.isCue("light_verb", tokens.get(k).norm())) {
                verb = k;
                break;
            }
            if (NP_BOUNDARY.contains(tokens.get(k).norm()) && !Set.of("the", "a", "an", "its", "their")
                    .contains(tokens.get(k).norm())) {
                return null;
            }
        }
        if (verb < 0) {
            return null;
        }
        boolean participle = tokens.get(verb).norm().endsWith("ing");
        ActorMention best = null;
        for (ActorMention m : facts.actors()) {
            if (!m.canBeParty() || m.token() >= verb || topical(facts, m, t)) {
                continue;
            }
            if (participle ? best == null || m.token() < best.token()
                    : m.token() >= clauseStart && (best == null || m.token() > best.token())) {
                best = m;
            }
        }
        return best;
    }

    private static boolean inTrigger(SentenceFacts facts, int token) {
        for (TriggerMatch o : facts.triggers()) {
            if (token >= o.from() && token < o.to()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Who acts towards whom: the initiator and the rule that found it ({@code [null, "direction.symmetric"]} for a
     * type without direction). The agent of a passive ("was summoned by the Iranian Foreign Ministry"), the noun's
     * own agent ("U.S. sanctions"), the subject ("Tehran rejected ..."), or the side the object is not.
     */
    private String[] direction(SentenceFacts facts, TriggerMatch t, List<String> pair, List<ActorMention> used) {
        if (!lexicon.directed(t.trigger().type()) || pair.size() != 2) {
            return new String[]{null, "direction.symmetric"};
        }
        List<Token> tokens = facts.tokens();
        if (t.trigger().type() == EventType.VISIT) {
            for (int k = t.from() - 1; k >= 0; k--) {
                if (lexicon.isCue("host", tokens.get(k).norm())) {
                    int hostVerb = k;
                    ActorMention host = used.stream().filter(m -> m.token() < hostVerb && pair.contains(m.country()))
                            .max(java.util.Comparator.comparingInt(ActorMention::token)).orElse(null);
                    if (host != null && used.stream().anyMatch(m -> m.token() > hostVerb)) {
                        // "Trump hosted Netanyahu for a visit": the guest visits
                        return new String[]{other(pair, host.country()), "direction.host_guest"};
                    }
                    break;
                }
            }
        }
        if (!t.trigger().nominal()) {
            int before = t.from() - 1;
            while (before >= 0 && tokens.get(before).norm().endsWith("ly") && tokens.get(before).norm().length() > 3) {
                before--; // "was swiftly summoned"
            }
            boolean passive = before >= 0 && lexicon.isCue("passive", tokens.get(before).norm());
            ActorMention agent = null;
            for (ActorMention m : facts.actors()) {
                if (m.canBeParty() && pair.contains(m.country()) && m.token() > t.from()
                        && m.token() <= t.to() + 3) {
                    int p = m.token() - 1;
                    if (tokens.get(p).norm().equals("the")) {
                        p--;
                    }
                    if (p >= t.to() && tokens.get(p).norm().equals("by")) {
                        agent = m;
                    }
                }
            }
            if (agent != null) {
                return new String[]{agent.country(), "direction.passive_agent"};
            }
            ActorMention subject = subjectOf(facts, t, pair, used);
            if (passive && subject != null) {
                return new String[]{other(pair, subject.country()), "direction.passive_subject"};
            }
            if (subject != null) {
                return new String[]{subject.country(), "direction.subject"};
            }
        } else {
            ActorMention agent = nounAgent(facts, t);
            if (agent != null && pair.contains(agent.country())) {
                return new String[]{agent.country(), "direction.noun_agent"};
            }
            ActorMention subject = subjectOf(facts, t, pair, used);
            if (subject != null) {
                return new String[]{subject.country(), "direction.subject"};
            }
        }
        // "... accused Iran of": only the object is named, the one who acts is the other side
        Set<String> objects = new java.util.HashSet<>();
        for (ActorMention m : used) {
            if (m.token() >= t.to() && pair.contains(m.country())) {
                objects.add(m.country());
            }
        }
        if (objects.size() == 1) {
            return new String[]{other(pair, objects.iterator().next()), "direction.not_the_object"};
        }
        return new String[]{null, "direction.unknown"};
    }

    /** The first party named before the trigger in its clause: the subject. */
    private static ActorMention subjectOf(SentenceFacts facts, TriggerMatch t, List<String> pair,
                                          List<ActorMention> used) {
        ActorMention first = null;
        for (ActorMention m : used) {
            if (m.token() < t.from() && pair.contains(m.country()) && (first == null || m.token() < first.token())) {
                first = m;
            }
        }
        return first;
    }

    private static String other(List<String> pair, String one) {
        return pair.get(0).equals(one) ? pair.get(1) : pair.get(0);
    }

    /** "the two countries", "both sides", "the leaders", "his counterpart": words that stand for both parties. */
    private static boolean bothSidesNamed(SentenceFacts facts) {
        for (PhraseMatcher.Match<String> a : facts.anaphora()) {
            if (a.value().equals("anaphora.two_sides") || a.value().equals("anaphora.the_leaders")
                    || a.value().equals("anaphora.the_two") || a.value().equals("anaphora.counterpart")) {
                return true;
            }
        }
        return false;
    }

    private static Decision dropDecision(String stage, String rule, SentenceFacts facts, TriggerMatch t) {
        // the sentence's first 200 characters, its runs of white space folded, without a regular expression
        StringBuilder sb = new StringBuilder(t.trigger().id()).append(" '").append(text(facts, t)).append("' in: ");
        String field = facts.fieldText();
        int from = sb.length();
        boolean space = true;
        for (int i = facts.sentence().start(); i < facts.sentence().end() && sb.length() - from < 200; i++) {
            char c = field.charAt(i);
            boolean white = Character.isWhitespace(c) || c == '\u00a0';
            if (!white) {
                sb.append(c);
            } else if (!space) {
                sb.append(' ');
            }
            space = white;
        }
        if (sb.length() - from >= 200) {
            sb.append("...");
        }
        return new Decision(stage, rule, sb.toString().stripTrailing());
    }

    /** The rule that makes a date too far from its article's to be news, or null. */
    private String farFrom(EventDate date, LocalDate published) {
        if (date.end() != null && date.end().isBefore(published.minusYears(settings.historyYears()))) {
            return "date.history_reference";
        }
        if (date.start() != null && date.start().isAfter(published.plusYears(settings.targetYears()))) {
            return "date.target_year";
        }
        return null;
    }

    /**
     * Both parties named only after a trigger that has no subject party, in a list ("talked with the President of
     * Mexico, the President of Guatemala", "meet with our fellow Quad partners, Australia and India"), unless
     * joined as the two sides ("talks between Iran and Oman", "U.S.-India talks").
     */
    private static boolean coordinatedObjects(SentenceFacts facts, TriggerMatch t, List<ActorMention> used) {
        // a noun's parties may be the sentence's later subject ("Speaking at a meeting with ..., Fattah said")
        if (t.trigger().nominal() || used.isEmpty() || used.stream().anyMatch(m -> m.token() < t.from())) {
            return false;
        }
        List<Token> tokens = facts.tokens();
        List<ActorMention> ordered = used.stream().sorted(java.util.Comparator.comparingInt(ActorMention::token))
                .toList();
        // from where one side is first named to where the other is: "President X of Mexico and President Y of ..."
        boolean listed = false;
        int groupStart = ordered.get(0).token();
        for (int i = 1; i < ordered.size(); i++) {
            if (ordered.get(i).country().equals(ordered.get(i - 1).country())) {
                continue;
            }
            int to = ordered.get(i).token();
            if (to - groupStart <= 10) {
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
            int p = m.token() - 1;
            if (p >= 0 && tokens.get(p).norm().equals("the")) {
                p--;
            }
            if (p >= 0 && tokens.get(p).norm().equals("between")) {
                return false;
            }
            if (pairCompound(facts, m)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A gathering of many ("the Quad Leaders' Summit", "a trilateral meeting", "the NATO summit"): three or more
     * countries named and no bilateral part.
     */
    private boolean multilateralGathering(SentenceFacts facts, TriggerMatch t) {
        List<Token> tokens = facts.tokens();
        boolean gathering = false;
        // the gathering qualifies the trigger ("the NATO summit", "a trilateral meeting"), not a truce nearby
        for (int k = Math.max(0, t.from() - 4); k < tokens.size() && k < t.to() + 3; k++) {
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
        return countries.size() >= 3 || multilateralWords.contains(tokens.get(t.from()).norm());
    }

    /**
     * The sectors of each paragraph and the article's dominant ones: where an event's own sentences name none,
     * and what the article's main event (told in the headline or the lead) is about.
     */
    private record ArticleSectors(Map<Integer, Map<String, Integer>> byParagraph, List<String> dominant,
                                  List<String> main, int lead) {

        /** A sector is dominant when named at least this often and at least this share of the most named one. */
        private static final int MIN_MENTIONS = 2;
        private static final double MIN_SHARE = 0.05;
        /** ... and one of the article's main topics when named at least this share of the most named one. */
        private static final double MAIN_SHARE = 0.3;

        static ArticleSectors of(List<SentenceFacts> sentences) {
            Map<Integer, Map<String, Integer>> byParagraph = new HashMap<>();
            Map<String, Integer> counts = new LinkedHashMap<>();
            int lead = Integer.MAX_VALUE;
            for (SentenceFacts f : sentences) {
                int paragraph = f.sentence().paragraph();
                if (f.sentence().field() == Span.Field.TEXT) {
                    lead = Math.min(lead, paragraph);
                }
                for (SectorHit h : f.sectors()) {
                    byParagraph.computeIfAbsent(paragraph, k -> new LinkedHashMap<>()).merge(h.sector(), 1,
                            Integer::sum);
                    counts.merge(h.sector(), 1, Integer::sum);
                }
            }
            int max = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            List<String> dominant = ranked(counts).stream()
                    .filter(s -> counts.get(s) >= MIN_MENTIONS && counts.get(s) >= MIN_SHARE * max).toList();
            List<String> main = dominant.stream().filter(s -> counts.get(s) >= MAIN_SHARE * max).toList();
            return new ArticleSectors(byParagraph, dominant, main, lead);
        }
    }

    /** Sectors by how often they are named, most first; a tie keeps the order in which they were first named. */
    private static List<String> ranked(Map<String, Integer> counts) {
        List<String> out = new ArrayList<>(counts.keySet());
        out.sort((a, b) -> counts.get(b) - counts.get(a));
        return out;
    }

    /**
     * Names of people and places a sentence gives beyond the lexicons ("Dehqani"): an undated sentence naming one
     * continues the dated event that named it last.
     */
    private List<String> names(SentenceFacts facts) {
        List<String> out = new ArrayList<>();
        List<Token> tokens = facts.tokens();
        for (int i = 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.capital() || t.norm().length() < 3 || gazetteer.isRoleAt(tokens, i) || inTimex(facts, t)) {
                continue;
            }
            boolean known = false;
            for (ActorMention m : facts.actors()) {
                if (t.start() >= m.start() && t.end() <= m.end()
                        && !(m.kind() == ActorKind.PERSON && m.rule().equals("person.document"))) {
                    known = true;
                }
            }
            if (!known) {
                out.add(t.norm());
            }
        }
        return out;
    }

    private static boolean inTimex(SentenceFacts facts, Token t) {
        for (Timex x : facts.timexes()) {
            if (t.start() >= x.start() && t.end() <= x.end()) {
                return true;
            }
        }
        return false;
    }

    private EventDate sharedName(SentenceFacts facts, Map<String, EventDate> nameDates) {
        if (nameDates.isEmpty()) {
            return null;
        }
        for (String name : names(facts)) {
            EventDate d = nameDates.get(name);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    /** The two countries a headline names, when it names exactly two. */
    private static List<String> headlinePair(List<SentenceFacts> sentences) {
        Set<String> countries = new java.util.TreeSet<>();
        for (SentenceFacts f : sentences) {
            if (f.sentence().field() == Span.Field.TITLE) {
                f.actors().stream().filter(ActorMention::canBeParty).forEach(m -> countries.add(m.country()));
            }
        }
        return countries.size() == 2 ? List.copyOf(countries) : null;
    }

    /**
     * "Bitaraf told Omani Deputy Prime Minister ...": a subject named by a name the text places in no country; in
     * an article about a pair, acting towards one side, it is the other side's.
     */
    private boolean unplacedSubject(SentenceFacts facts, TriggerMatch t) {
        List<Token> tokens = facts.tokens();
        if (t.from() == 0 || t.from() > 4) {
            return false;
        }
        for (int k = 0; k < t.from(); k++) {
            Token w = tokens.get(k);
            if (!w.capital() || gazetteer.isRoleAt(tokens, k) || inTimex(facts, w)
                    || Set.of("the", "he", "she", "they", "it", "we", "this").contains(w.norm())) {
                return false;
            }
            for (ActorMention m : facts.actors()) {
                if (w.start() >= m.start() && w.end() <= m.end()) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether a party is named before the trigger: a pair told only as objects does not shift the focus. */
    private static boolean hasSubject(List<ActorMention> used, TriggerMatch t) {
        return used.stream().anyMatch(m -> m.token() < t.from());
    }

    private static boolean subjectNamesBoth(List<ActorMention> used, TriggerMatch t, List<String> pair) {
        Set<String> before = new java.util.HashSet<>();
        for (ActorMention m : used) {
            if (m.token() < t.from()) {
                before.add(m.country());
            }
        }
        return before.containsAll(pair);
    }

    /** "The leaders discussed", "They agreed", "Both sides signed": the subject is the pair in focus. */
    private static boolean anaphoricSubject(SentenceFacts facts, TriggerMatch t) {
        for (PhraseMatcher.Match<String> a : facts.anaphora()) {
            if (a.to() <= t.from() && t.from() - a.to() <= 6 && !a.value().equals("anaphora.the_event")
                    && !a.value().equals("anaphora.counterpart") && !a.value().equals("anaphora.bilateral")) {
                boolean actorBetween = false;
                for (ActorMention m : facts.actors()) {
                    if (m.canBeParty() && m.token() >= a.to() && m.token() < t.from()) {
                        actorBetween = true;
                    }
                }
                String previous = a.from() == 0 ? "," : facts.tokens().get(a.from() - 1).norm();
                if (!actorBetween && (a.from() <= 3 || previous.equals(",") || previous.equals("and"))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Announcements and proposals told within a meeting, visit or call belong to it. */
    private static List<TriggerMatch> selectTriggers(List<TriggerMatch> all) {
        boolean encounter = all.stream().anyMatch(t -> isEncounter(t.trigger().type()));
        List<TriggerMatch> out = new ArrayList<>();
        for (TriggerMatch t : all) {
            EventType type = t.trigger().type();
            if (encounter && (type == EventType.ANNOUNCEMENT || type == EventType.PROPOSAL)) {
                continue;
            }
            out.add(t);
        }
        return out;
    }

    private static boolean isEncounter(EventType type) {
        return type == EventType.MEETING || type == EventType.VISIT || type == EventType.CALL;
    }

    private static String mergeClass(EventType type) {
        return type == EventType.VISIT ? EventType.MEETING.name() : type.name();
    }

    /**
     * The countries on the two sides of a trigger: the subject side (before it) and the object side (after it),
     * ignoring countries that are only a topic ("talks on Ukraine") or a source. Null for a multilateral event;
     * a list of 0 or 1 codes when the sentence does not name both sides.
     */
    private List<String> parties(SentenceFacts facts, TriggerMatch t, List<ActorMention> used) {
        int clauseStart = 0;
        for (int i = t.from() - 1; i >= 0; i--) {
            String w = facts.tokens().get(i).norm();
            if (w.equals(";")) {
                clauseStart = i + 1;
                break;
            }
        }
        List<String> before = new ArrayList<>();
        List<String> after = new ArrayList<>();
        List<ActorMention> candidatesBefore = new ArrayList<>();
        for (ActorMention m : facts.actors()) {
            if (!m.canBeParty() || topical(facts, m, t)) {
                continue;
            }
            if (m.token() < t.from() && m.token() >= clauseStart) {
                candidatesBefore.add(m);
            } else if (m.token() >= t.to()) {
                if (!after.contains(m.country())) {
                    after.add(m.country());
                }
                used.add(m);
            }
        }
        for (int k = candidatesBefore.size() - 1; k >= 0; k--) {
            ActorMention m = candidatesBefore.get(k);
            if (!before.contains(m.country())) {
                before.add(m.country());
            }
            used.add(m);
        }
        String partner = withPartner(facts, t);
        if (partner != null && !candidatesBefore.isEmpty()) {
            String subject = candidatesBefore.get(0).country();
            if (!subject.equals(partner)) {
                return List.of(subject, partner);
            }
        }
        if (before.size() >= 3) {
            return null;
        }
        if (before.size() == 2) {
            return before;
        }
        List<String> rest = new ArrayList<>(after);
        rest.removeAll(before);
        if (rest.size() >= 3 && before.size() == 1) {
            return null;
        }
        if (before.size() == 1) {
            return rest.isEmpty() ? before : List.of(before.get(0), rest.get(0));
        }
        if (after.size() >= 3) {
            return null;
        }
        return after;
    }

    /** Whether a country is only what the event is about ("talks on Ukraine", "Russian companies"). */
    private boolean topical(SentenceFacts facts, ActorMention m, TriggerMatch t) {
        List<Token> tokens = facts.tokens();
        int i = m.token();
        if (m.kind() == ActorKind.PERSON || m.kind() == ActorKind.BODY) {
            return false;
        }
        if (Math.abs(m.token() - t.from()) <= 10 && pairCompound(facts, m)) {
            return false;
        }
        int p = i - 1;
        if (p >= 0 && tokens.get(p).norm().equals("the")) {
            p--;
        }
        if (p >= 0 && (tokens.get(p).norm().equals("anti")
                || tokens.get(p).norm().equals("-") && p > 0 && tokens.get(p - 1).norm().equals("anti"))) {
            return true; // "the anti-Iran summit": whom it is against, not who meets
        }
        if (p == t.to() - 1 && lexicon.isCue("topic_verb", tokens.get(p).norm())) {
            return true; // "to discuss Iran's activity in Syria with Putin": what is discussed, not with whom
        }
        if (p >= 0) {
            String prep = tokens.get(p).norm();
            boolean visitTarget = (prep.equals("to") || prep.equals("in"))
                    && (t.trigger().type() == EventType.VISIT || PARTNER_TO_VERBS.contains(t.trigger().id()))
                    && p >= t.to() - 1 && p <= t.to() + 3;
            boolean between = prep.equals("between") && m.token() > t.from();
            if ((t.trigger().type() == EventType.PROPOSAL || t.trigger().type() == EventType.DEMAND)
                    && p == t.to() - 1 && addressed(facts, m, prep)) {
                return false;
            }
            if ((FRICTION.contains(t.trigger().type()) && TARGET_PREPOSITIONS.contains(prep)
                    || t.trigger().type() == EventType.AID && (prep.equals("to") || prep.equals("for")))
                    && p >= t.to() - 1 && p <= t.to() + 3) {
                return false; // "sanctions on Iran", "a war against Yemen", "aid to Syria": whom it is aimed at
            }
            if (prep.equals("with") && p > 0 && m.token() < t.from()
                    && lexicon.isCue("relation_noun", tokens.get(p - 1).norm())) {
                return true; // "strengthening relations with Iraq, and the agreements ...": told before, a topic
            }
            if (TOPIC_PREPOSITIONS.contains(prep) && !visitTarget && !between) {
                return true;
            }
            if (prep.equals("of") && p > 0 && !tokens.get(p - 1).capital() && !gazetteer.isRoleAt(tokens, p - 1)) {
                return true;
            }
        }
        int next = i + 1;
        while (next < tokens.size() && tokens.get(next).start() < m.end()) {
            next++;
        }
        if (m.kind() == ActorKind.CAPITAL && next < tokens.size() && tokens.get(next).capital()
                && !gazetteer.isRoleAt(tokens, next)) {
            return true;
        }
        int after = i + 1;
        while (after < tokens.size() && tokens.get(after).start() < m.end()) {
            after++;
        }
        if (m.kind() == ActorKind.COUNTRY && after < tokens.size() && gazetteer.isModifierNoun(tokens.get(after))) {
            return true;
        }
        if (m.kind() == ActorKind.CAPITAL && after < tokens.size() && venueAhead(facts, tokens, after)) {
            return true; // "the Vilnius defense investment commitments", "the Minsk agreements": a venue
        }
        if (after + 1 < tokens.size() && tokens.get(after).norm().equals("-")
                && tokens.get(after + 1).norm().equals("based")) {
            return true; // "a Taiwan-based server maker": where a company sits
        }
        boolean possessive = after + 1 < tokens.size() && tokens.get(after).norm().equals("'")
                && tokens.get(after + 1).norm().equals("s");
        if (possessive) {
            return !introducesActor(tokens, after + 2);
        }
        if (m.kind() == ActorKind.DEMONYM) {
            // "sanctioned three Iranian companies", "seized a British tanker": material measures against a
            // country's firms, ships or people are against that country
            boolean material = t.trigger().type() == EventType.SANCTION || t.trigger().type() == EventType.FORCE;
            return !(material && m.token() >= t.to() && m.token() <= t.to() + 4) && !introducesActor(tokens, after);
        }
        return false;
    }

    /** A venue noun right after a capital, or after up to two lower-case modifiers ("Vilnius defense commitments"). */
    private boolean venueAhead(SentenceFacts facts, List<Token> tokens, int after) {
        // a trigger ends the noun phrase: "Washington slapped fresh sanctions" is Washington acting
        for (int k = after; k < tokens.size() && k <= after + 2 && !tokens.get(k).capital() && !inTrigger(facts, k);
             k++) {
            if (gazetteer.isVenueNoun(tokens.get(k))) {
                return true;
            }
        }
        return false;
    }

    /** "the Pakistan-Iran Joint Economic Commission", "U.S.-India talks": two countries joined by a hyphen. */
    private static boolean pairCompound(SentenceFacts facts, ActorMention m) {
        for (ActorMention o : facts.actors()) {
            if (o == m || o.country().equals(m.country())) {
                continue;
            }
            String between = o.start() >= m.end() ? facts.fieldText().substring(m.end(), o.start())
                    : o.end() <= m.start() ? facts.fieldText().substring(o.end(), m.start()) : null;
            if (between != null && (between.equals("-") || between.equals("\u2013"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The country a call is addressed to: "calls on Iran to ...", "calls for Iran cooperation" (a noun of joint
     * action right after it), not "calls for talks on Iran".
     */
    private boolean addressed(SentenceFacts facts, ActorMention m, String prep) {
        if (prep.equals("on") || prep.equals("upon")) {
            return true;
        }
        List<Token> tokens = facts.tokens();
        int after = m.token() + 1;
        while (after < tokens.size() && tokens.get(after).start() < m.end()) {
            after++;
        }
        if (after + 1 < tokens.size() && tokens.get(after).norm().equals("'") && tokens.get(after + 1).norm()
                .equals("s")) {
            after += 2;
        }
        return after < tokens.size() && lexicon.isCue("addressee", tokens.get(after).norm());
    }

    /** A role ("minister", "delegation", "counterpart") or a name follows within a few words. */
    private boolean introducesActor(List<Token> tokens, int from) {
        for (int k = from; k < tokens.size() && k < from + 4; k++) {
            Token t = tokens.get(k);
            if (gazetteer.isRoleAt(tokens, k)) {
                return true;
            }
            if (t.capital() && k == from) {
                return true;
            }
            if (!Character.isLetter(t.norm().charAt(0)) && !t.norm().equals("-")) {
                return false;
            }
        }
        return false;
    }

    /** "a joint agreement with China", "met with Zarepour": the party named right after the trigger's "with". */
    private static String withPartner(SentenceFacts facts, TriggerMatch t) {
        List<Token> tokens = facts.tokens();
        int k = t.to();
        if (!tokens.get(t.to() - 1).norm().equals("with")) {
            if (k >= tokens.size() || !tokens.get(k).norm().equals("with")) {
                return null;
            }
            k++;
        }
        if (k < tokens.size() && tokens.get(k).norm().equals("the")) {
            k++;
        }
        for (ActorMention m : facts.actors()) {
            if (m.token() == k && m.canBeParty()) {
                return m.country();
            }
        }
        return null;
    }

    /**
     * A nominal trigger qualified by a third country or a multilateral grouping ("the Libyan ceasefire agreement",
     * "the G7 Summit") is that party's event, not the pair's.
     */
    private boolean ownedByOthers(SentenceFacts facts, TriggerMatch t, List<String> pair,
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
            if (k >= 1 && Set.of("the", "a", "an").contains(tokens.get(k - 1).norm())) {
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
        for (int k = t.from() - 1; k >= 0 && k >= t.from() - 4; k--) {
            String w = tokens.get(k).norm();
            if (NP_BOUNDARY.contains(w)) {
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
     * bilateral ("the U.S.-U.K. Bilateral Cancer Summit") is the pair's.
     */
    private static boolean namedSummit(SentenceFacts facts, TriggerMatch t) {
        List<Token> tokens = facts.tokens();
        boolean named = false;
        for (int k = t.from() - 1; k >= 0 && k >= t.from() - 6; k--) {
            Token w = tokens.get(k);
            if (w.norm().equals("bilateral")) {
                return false;
            }
            for (ActorMention m : facts.actors()) {
                if (w.start() >= m.start() && w.end() <= m.end()) {
                    return false;
                }
            }
            if (NP_BOUNDARY.contains(w.norm()) && !w.norm().equals("and")) {
                break;
            }
            named |= w.capital() && !inTimex(facts, w);
        }
        return named;
    }

    /** "a new Memorandum of Cooperation", "an AI agreement": an indefinite agreement or body is a new one. */
    private static boolean indefinite(SentenceFacts facts, TriggerMatch t) {
        EventType type = t.trigger().type();
        if (!t.trigger().nominal() || !(type == EventType.AGREEMENT || type == EventType.WORKING_GROUP)) {
            return false;
        }
        List<Token> tokens = facts.tokens();
        for (int k = t.from() - 1; k >= 0 && k >= t.from() - 10; k--) {
            String w = tokens.get(k).norm();
            if (w.equals("a") || w.equals("an")) {
                return true;
            }
            if (NP_BOUNDARY.contains(w)) {
                return false;
            }
        }
        return false;
    }

    /** The official nearest to the trigger on each side, by identity: who met whom. */
    private Map<String, String> nearestPersons(SentenceFacts facts, TriggerMatch t, List<ActorMention> used) {
        int personWindow = settings.personWindow();
        Map<String, String> out = new java.util.TreeMap<>();
        Map<String, Integer> distance = new HashMap<>();
        for (ActorMention m : used) {
            if (m.kind() != ActorKind.PERSON) {
                continue;
            }
            int d = m.token() < t.from() ? t.from() - m.token() : m.token() - t.to();
            if (d > personWindow) {
                continue;
            }
            Integer best = distance.get(m.country());
            if (best == null || d < best) {
                distance.put(m.country(), d);
                out.put(m.country(), m.rule().equals("person.document") ? surname(m.name()) : m.rule());
            }
        }
        return out;
    }

    private static String surname(String name) {
        String[] words = name.trim().toLowerCase().split("[\\s-]+");
        return words[words.length - 1];
    }

    /**
     * "agreed to remain in close contact", "agreed to continue working together", "agreed on the need for a
     * ceasefire": what two sides agree on while they talk is no agreement concluded (ANNOTATION.md: signed or
     * concluded), unless a realised act follows ("agreed to sign").
     */
    private boolean agreesToGoOn(List<Token> tokens, TriggerMatch t) {
        int k = t.to();
        if (k < tokens.size() && tokens.get(k).norm().equals("to")) {
            return k + 1 < tokens.size() && lexicon.isCue("go_on", tokens.get(k + 1).norm());
        }
        if (k + 2 < tokens.size() && tokens.get(k).norm().equals("on") && tokens.get(k + 1).norm().equals("the")) {
            return lexicon.isCue("go_on", tokens.get(k + 2).norm());
        }
        return false;
    }

    /**
     * A trigger word used in another sense: "meet fifty percent of its electricity", "meet the demand", "a bid to
     * host World Expo", "I agree that ..."; or a joint commission named as the body whose session is the event.
     */
    private String vetoed(SentenceFacts facts, TriggerMatch t, List<TriggerMatch> all) {
        List<Token> tokens = facts.tokens();
        if (lexicon.needsDirectObject(t.trigger().id()) && !directObject(facts, t)) {
            return "veto.no_direct_object";
        }
        if (t.trigger().id().equals("agree.verb") && t.from() > 0
                && lexicon.isCue("opinion_subject", tokens.get(t.from() - 1).norm())) {
            return "veto.opinion";
        }
        if (t.trigger().type() == EventType.WORKING_GROUP && t.trigger().nominal() && sessionOf(facts, t, all)) {
            return "veto.session_of_body";
        }
        if (t.trigger().type() == EventType.AGREEMENT && !t.trigger().nominal() && t.from() > 0
                && Set.of("the", "a", "an", "its", "their", "our").contains(tokens.get(t.from() - 1).norm())) {
            return "veto.adjective"; // "the agreed benefits", "a signed copy"
        }
        if (knownAgreement(facts, t, all)) {
            return "veto.known_agreement";
        }
        if (soughtAgreement(facts, t)) {
            return "veto.sought_agreement";
        }
        if (t.trigger().nominal() && t.from() > 0
                && lexicon.isCue("demonstrative", tokens.get(t.from() - 1).norm())) {
            return "veto.demonstrative_reference"; // "figured prominently in these discussions": told before
        }
        for (TriggerMatch o : all) {
            // "announced the trade agreement": the agreement is the event; "agreed to inaugurate a dialogue": the
            // dialogue is
            boolean announcesAgreement = t.trigger().type() == EventType.ANNOUNCEMENT && !t.trigger().nominal()
                    && o.trigger().type() == EventType.AGREEMENT && o.trigger().nominal()
                    && o.from() >= t.to() && o.from() - t.to() <= 4;
            boolean agreesTo = t.trigger().id().equals("agree.verb") && t.to() < tokens.size()
                    && tokens.get(t.to()).norm().equals("to") && o != t && o.from() > t.to()
                    && o.from() - t.to() <= 4 && o.trigger().type() != EventType.AGREEMENT;
            if (announcesAgreement) {
                return "veto.announces_agreement";
            }
            if (agreesTo) {
                return "veto.agrees_to_other_event";
            }
        }
        if (!t.trigger().id().equals("meet.verb") || t.to() >= facts.tokens().size()) {
            return null;
        }
        Token next = facts.tokens().get(t.to());
        boolean quantity = Character.isDigit(next.norm().charAt(0)) || NOT_MET.contains(next.norm())
                || (t.to() + 1 < facts.tokens().size() && Set.of("the", "its", "their", "our").contains(next.norm())
                && NOT_MET.contains(facts.tokens().get(t.to() + 1).norm()));
        return quantity ? "veto.meet_a_target" : null;
    }

    /**
     * "critics of the nuclear deal", "talks to revive the 2015 nuclear agreement": a definite agreement that no verb
     * of the sentence makes (signs, concludes, reaches) is one the reader already knows, background and not news.
     */
    private boolean knownAgreement(SentenceFacts facts, TriggerMatch t, List<TriggerMatch> all) {
        boolean document = t.trigger().type() == EventType.AGREEMENT || t.trigger().type() == EventType.PROPOSAL;
        if (!document || !t.trigger().nominal()) {
            return false; // "the agreement", "the proposal that was provided in late May": told before
        }
        List<Token> tokens = facts.tokens();
        boolean definite = false;
        for (int k = t.from() - 1; k >= 0 && k >= t.from() - 4; k--) {
            String w = tokens.get(k).norm();
            if (DEFINITE.contains(w) || POSSESSIVES.contains(w)) {
                definite = true; // "the agreement", "their trade deal": one the reader already knows
                break;
            }
            if (w.equals("a") || w.equals("an") || NP_BOUNDARY.contains(w)) {
                return false;
            }
        }
        if (!definite) {
            return false;
        }
        for (TriggerMatch o : all) {
            if (o.trigger().type() == t.trigger().type() && !o.trigger().nominal()) {
                return false;
            }
        }
        for (Token w : tokens) {
            if (lexicon.isCue("realise", w.norm())) {
                return false;
            }
        }
        return true;
    }

    /**
     * "efforts to secure a ceasefire and hostage deal", "work toward an agreement": an agreement that is the goal
     * of an effort is not yet made.
     */
    private boolean soughtAgreement(SentenceFacts facts, TriggerMatch t) {
        if (t.trigger().type() != EventType.AGREEMENT || !t.trigger().nominal()) {
            return false;
        }
        List<Token> tokens = facts.tokens();
        for (int k = t.from() - 1; k >= 0 && k >= t.from() - settings.goalWindow(); k--) {
            String w = tokens.get(k).norm();
            if (w.equals(";") || w.equals(".")) {
                return false;
            }
            if (lexicon.isCue("goal", w)) {
                return true;
            }
        }
        return false;
    }

    /** A party, or an official's role, named right after the trigger: "hosted the Russian delegation". */
    private boolean directObject(SentenceFacts facts, TriggerMatch t) {
        List<Token> tokens = facts.tokens();
        int k = t.to();
        if (k < tokens.size() && Set.of("the", "a", "an", "his", "her", "their", "its").contains(tokens.get(k).norm())) {
            k++;
        }
        for (ActorMention m : facts.actors()) {
            if (m.canBeParty() && m.token() == k) {
                return true;
            }
        }
        return k < tokens.size() && gazetteer.isRoleAt(tokens, k);
    }

    /**
     * "The 17th session of the Joint Economic Commission", "the joint commission meets": the commission is who
     * meets, not a body formed.
     */
    private static boolean sessionOf(SentenceFacts facts, TriggerMatch wg, List<TriggerMatch> all) {
        List<Token> tokens = facts.tokens();
        for (TriggerMatch e : all) {
            if (!isEncounter(e.trigger().type())) {
                continue;
            }
            if (e.trigger().nominal() && e.to() <= wg.from() && wg.from() - e.to() <= 6) {
                for (int k = e.to(); k < wg.from(); k++) {
                    if (tokens.get(k).norm().equals("of")) {
                        return true;
                    }
                }
            }
            if (!e.trigger().nominal() && e.from() >= wg.to() && e.from() - wg.to() <= 4) {
                boolean name = true;
                for (int k = wg.to(); k < e.from(); k++) {
                    Token w = tokens.get(k);
                    name &= w.capital() || w.norm().equals("(") || w.norm().equals(")");
                }
                if (name) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the sentence refers back to the pair in focus near this trigger: "they", "the two sides" anywhere
     * in it, "bilateral" only next to the trigger ("bilateral talks", not "our bilateral trade relationships").
     */
    private static boolean refersBack(SentenceFacts facts, TriggerMatch t) {
        for (PhraseMatcher.Match<String> a : facts.anaphora()) {
            if (!a.value().equals("anaphora.bilateral")) {
                return true;
            }
            if (a.to() <= t.from() ? t.from() - a.to() <= 2 : a.from() - t.to() <= 2) {
                return true;
            }
        }
        return false;
    }

    /** The value of a month, season or year without an anchor ("in September" with no publication date). */
    private static String vagueTimex(SentenceFacts facts, TriggerMatch t) {
        for (Timex x : facts.timexes()) {
            if (!x.isAnchored() && x.type() == io.dyadline.extraction.time.TimexType.DATE && x.grain() != null
                    && x.grain().compareTo(Grain.MONTH) >= 0
                    && x.grain() != Grain.UNSPECIFIED && x.value().startsWith("XXXX")
                    && governs(facts, x, t)) {
                return x.value();
            }
        }
        return null;
    }

    /** For a meeting or visit with one named side, the country it took place in is the other side. */
    private static String hostCountry(SentenceFacts facts, TriggerMatch t, List<String> known) {
        EventType type = t.trigger().type();
        if (known.size() != 1 || !(type == EventType.MEETING || type == EventType.VISIT)) {
            return null;
        }
        for (ActorMention m : facts.actors()) {
            if ((m.kind() == ActorKind.CAPITAL || m.kind() == ActorKind.COUNTRY) && !m.dateline() && !m.source()
                    && m.token() > 0 && facts.tokens().get(m.token() - 1).norm().equals("in")
                    && !m.country().equals(known.get(0)) && m.token() > t.from()) {
                return m.country();
            }
        }
        return null;
    }

    private static String location(SentenceFacts facts) {
        for (ActorMention m : facts.actors()) {
            if ((m.kind() == ActorKind.CAPITAL || m.kind() == ActorKind.COUNTRY) && m.token() > 0
                    && facts.tokens().get(m.token() - 1).norm().equals("in") && !m.source()) {
                return facts.fieldText().substring(m.start(), m.end());
            }
        }
        return null;
    }

    /** The verb that tells a nominal event happen right after it: "the Agreement signed in 2004". */
    private static TriggerMatch participle(TriggerMatch t, List<TriggerMatch> all) {
        if (!t.trigger().nominal()) {
            return null;
        }
        for (TriggerMatch v : all) {
            if (!v.trigger().nominal() && v.trigger().type() == t.trigger().type() && v.from() >= t.to()
                    && v.from() - t.to() <= 2) {
                return v;
            }
        }
        return null;
    }

    /**
     * Where a sentence's own words begin after a transcript's speaker label ("MR. KIRBY:", "THE PRESIDENT:", "Q"):
     * the index after the label's colon, or after a lone "Q", else 0.
     */
    static int afterSpeakerLabel(SentenceFacts facts) {
        List<Token> tokens = facts.tokens();
        java.util.function.IntFunction<String> surface = k -> facts.fieldText().substring(tokens.get(k).start(),
                tokens.get(k).end());
        if (!tokens.isEmpty() && surface.apply(0).equals("Q")) {
            return 1;
        }
        for (int k = 0; k < Math.min(tokens.size(), 6); k++) {
            String w = surface.apply(k);
            if (w.equals(":")) {
                return k > 0 ? k + 1 : 0;
            }
            if (!w.equals(".") && !w.equals("-") && !w.equals(w.toUpperCase(java.util.Locale.ROOT))) {
                return 0;
            }
        }
        return 0;
    }

    private static Timex governingTimex(SentenceFacts facts, TriggerMatch t) {
        Timex best = null;
        int bestDistance = Integer.MAX_VALUE;
        int triggerStart = facts.tokens().get(t.from()).start();
        for (Timex x : facts.timexes()) {
            if (!x.isAnchored()) {
                continue;
            }
            int distance = Math.abs(x.start() - triggerStart);
            if (distance < bestDistance && governs(facts, x, t)) {
                best = x;
                bestDistance = distance;
            }
        }
        return best;
    }

    /**
     * A time expression governs a trigger in its clause: near it with no relative clause between, or opening the
     * sentence ("In November 2022, ...", also after a transcript's speaker label: "MR. KIRBY: Tomorrow, ...").
     */
    private static boolean governs(SentenceFacts facts, Timex x, TriggerMatch t) {
        int at = facts.tokenAt(x.start());
        if (at - afterSpeakerLabel(facts) <= 2) {
            return true;
        }
        int from = Math.min(at, t.to());
        int to = Math.max(at, t.from());
        if (to - from > GOVERN_WINDOW) {
            return false;
        }
        for (int k = from; k < to; k++) {
            String w = facts.tokens().get(k).norm();
            if (RELATIVE.contains(w)) {
                return false;
            }
        }
        // "met ... to congratulate him on his inauguration in January": the date is the inauguration's
        List<Token> tokens = facts.tokens();
        int p = at - 1;
        if (at > t.to() && p - 2 >= t.to() && Set.of("in", "on", "at").contains(tokens.get(p).norm())
                && POSSESSIVES.contains(tokens.get(p - 2).norm())) {
            return false;
        }
        return true;
    }

    private static boolean covers(Timex x, LocalDate day) {
        return !day.isBefore(x.rangeStart()) && (x.rangeEnd() == null || !day.isAfter(x.rangeEnd()));
    }

    static EventDate toDate(Timex x, String source) {
        LocalDate start = x.rangeStart();
        LocalDate end = x.rangeEnd();
        return switch (x.grain()) {
            case MINUTE, HOUR, DAY, WEEK -> new EventDate(start, end, Precision.DAY,
                    end == null || end.equals(start) ? start.toString() : start + "/" + end, source);
            case MONTH -> new EventDate(start, end, Precision.MONTH, start.toString().substring(0, 7), source);
            default -> new EventDate(start, end, Precision.YEAR,
                    x.openEnd() ? start.getYear() + "/.." : String.valueOf(start.getYear()), source);
        };
    }

    private EventStatus status(SentenceFacts facts, TriggerMatch t, EventDate date, boolean ownDate,
                                      LocalDate published) {
        if (ownDate && date != null && published != null && date.end() != null && date.end().isBefore(published)) {
            return EventStatus.OCCURRED;
        }
        if (published != null && date != null && date.start().isAfter(published)) {
            return EventStatus.PLANNED;
        }
        List<Token> tokens = facts.tokens();
        int window = t.trigger().nominal() ? settings.nominalStatusWindow() : settings.statusWindow();
        if (governedByVerbBefore(tokens, t)) {
            // "will host Varadkar ... for a bilateral meeting", "is going to welcome Scholz ... to discuss": the
            // tense is the governing verb's, further back in the clause
            window = 2 * settings.statusWindow();
        }
        for (PhraseMatcher.Match<String> cue : facts.plannedCues()) {
            boolean before = cue.to() <= t.from() && t.from() - cue.to() <= window
                    && noBoundary(tokens, cue.to(), t.from());
            // "the agreements to be signed", not "an agreement that will provide" (what the agreement does)
            boolean after = t.trigger().nominal() && cue.from() >= t.to() && cue.from() - t.to() <= 3
                    && noBoundary(tokens, t.to(), cue.from())
                    && !RELATIVE_PRONOUNS.contains(tokens.get(cue.from() - 1).norm())
                    && realisedAfter(tokens, cue.to());
            boolean inside = cue.from() >= t.from() && cue.to() <= t.to(); // "the next annual dialogue"
            if (before || after || inside) {
                return EventStatus.PLANNED;
            }
        }
        return EventStatus.OCCURRED;
    }

    /**
     * Whether a trigger is the purpose of a verb before it: a nominal one after "for" ("for a bilateral meeting",
     * "for talks"), a verbal one as an infinitive ("to discuss").
     */
    private static boolean governedByVerbBefore(List<Token> tokens, TriggerMatch t) {
        int p = t.from() - 1;
        if (!t.trigger().nominal()) {
            return p >= 0 && tokens.get(p).norm().equals("to");
        }
        for (int k = p; k >= 0 && k >= p - 2; k--) {
            if (tokens.get(k).norm().equals("for")) {
                return true;
            }
        }
        return false;
    }

    /** "to be signed", "will be held": a verb that makes the nominal event happen follows the cue. */
    private boolean realisedAfter(List<Token> tokens, int from) {
        for (int k = from; k < tokens.size() && k < from + 3; k++) {
            if (lexicon.isCue("realise", tokens.get(k).norm())) {
                return true;
            }
        }
        return false;
    }

    private static boolean noBoundary(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = tokens.get(k).norm();
            if (w.equals(";") || w.equals(".") || w.equals("said") || w.equals("and")) {
                return false;
            }
        }
        return true;
    }

    private static List<String> sorted(List<String> pair) {
        return List.copyOf(new TreeSet<>(pair));
    }

    private List<ExtractedEvent> merge(List<Candidate> candidates, LocalDate published, ArticleSectors article,
                                       List<Decision> dropped) {
        List<Draft> drafts = new ArrayList<>();
        List<Candidate> deferred = new ArrayList<>();
        for (Candidate c : candidates) {
            boolean weak = c.vague() == null
                    && (c.date() == null || "inherited.publication".equals(c.date().source()));
            if (weak) {
                deferred.add(c);
            } else {
                attach(drafts, c, false);
            }
        }
        for (Candidate c : deferred) {
            attach(drafts, c, true);
        }
        List<Draft> kept = new ArrayList<>();
        for (Draft d : drafts) {
            if (d.type == EventType.ANNOUNCEMENT || d.type == EventType.PROPOSAL) {
                Draft encounter = sameDayEncounter(drafts, d);
                if (encounter != null) {
                    encounter.mentions.addAll(d.mentions);
                    encounter.merges.add(new Decision("merge", "merge.told_within_encounter", d.type.name()));
                    continue;
                }
            }
            Draft call = callOfReadout(drafts, d);
            if (call != null) {
                call.mentions.addAll(d.mentions);
                call.merges.add(new Decision("merge", "merge.call_readout", d.type.name() + " told in the call"));
                continue;
            }
            boolean goesOn = d.type == EventType.AGREEMENT && d.mentions.stream()
                    .allMatch(c -> c.decisions().stream().anyMatch(x -> x.rule().equals(GOES_ON)));
            if (goesOn) {
                Draft encounter = sameDayEncounter(drafts, d);
                if (encounter != null) {
                    encounter.mentions.addAll(d.mentions);
                    encounter.merges.add(new Decision("merge", "merge.told_within_encounter", d.type.name()));
                } else {
                    d.mentions.forEach(c -> dropped.add(dropDecision("trigger", "veto.agrees_to_go_on", c.facts(),
                            c.trigger())));
                }
                continue;
            }
            kept.add(d);
        }
        // in the order the article first tells them (headline first)
        kept.sort(java.util.Comparator.comparingInt(EventAssembler::firstTold));
        List<ExtractedEvent> out = new ArrayList<>();
        for (Draft d : kept) {
            if (d.date == null && published != null) {
                d.date = new EventDate(published, published, Precision.DAY, published.toString(),
                        "inherited.publication");
            }
            out.add(build(d, article));
        }
        return out;
    }

    /**
     * "The two leaders discussed ...", "They agreed to remain in close contact" in the readout of a call: what
     * the leaders did on the call is the call. A meeting or a verbal agreement of the call's pair that the text
     * dates no other way joins the call.
     */
    private static Draft callOfReadout(List<Draft> drafts, Draft d) {
        if (!(d.type == EventType.MEETING || d.type == EventType.AGREEMENT)) {
            return null;
        }
        for (Candidate c : d.mentions) {
            TriggerMatch t = c.trigger();
            boolean talk = t.trigger().id().equals("meet.discuss") || t.trigger().id().equals("meet.discussion")
                    || t.trigger().id().equals("meet.told") || t.trigger().id().equals("agree.verb")
                    || t.trigger().id().equals("meet.exchange_views");
            if (!talk) {
                return null;
            }
        }
        // dated by the text, it is the call only when it falls on the call's day ("yesterday ... agreed")
        return drafts.stream().filter(o -> o != d && o.type == EventType.CALL && o.pair.equals(d.pair)
                && (!d.ownDate || sameDate(o.date, d.date))).findFirst().orElse(null);
    }

    /** Another draft of the pair and day that is an encounter (a meeting, visit or call), or null. */
    private static Draft sameDayEncounter(List<Draft> drafts, Draft d) {
        return drafts.stream().filter(o -> o != d && isEncounter(o.type) && o.pair.equals(d.pair)
                && sameDate(o.date, d.date)).findFirst().orElse(null);
    }

    private static int firstTold(Draft d) {
        int first = Integer.MAX_VALUE;
        for (Candidate c : d.mentions) {
            int at = c.inTitle() ? -1 : c.facts().sentence().index();
            first = Math.min(first, at);
        }
        return first;
    }

    private static void attach(List<Draft> drafts, Candidate c, boolean weak) {
        String cls = mergeClass(c.trigger().trigger().type());
        for (Draft d : drafts) {
            if (!d.pair.equals(c.pair()) || !mergeClass(d.type).equals(cls)
                    || !java.util.Objects.equals(d.initiator, c.initiator())) {
                continue;
            }
            boolean same = weak ? weakFits(d, c)
                    : sameDate(d.date, c.date()) && java.util.Objects.equals(d.vague, c.vague());
            if (same && !sameIdentity(d, c)) {
                continue;
            }
            if (same) {
                d.mentions.add(c);
                if (d.status == EventStatus.OCCURRED && c.status() == EventStatus.PLANNED && !d.ownDate) {
                    d.status = EventStatus.PLANNED;
                }
                if (d.location == null) {
                    d.location = c.location();
                }
                return;
            }
        }
        Draft d = new Draft();
        d.type = c.trigger().trigger().type();
        d.cameo = c.trigger().trigger().cameo();
        d.pair = c.pair();
        d.date = c.date();
        d.status = c.status();
        d.location = c.location();
        d.ownDate = c.ownDate();
        d.vague = c.vague();
        d.initiator = c.initiator();
        d.mentions.add(c);
        drafts.add(d);
    }

    /**
     * Same pair, type and date are not enough in a long statement: a meeting with another official, an indefinite
     * new agreement, or what will happen next to what happened are other events.
     */
    private static boolean sameIdentity(Draft d, Candidate c) {
        String text = c.facts().text();
        for (Candidate o : d.mentions) {
            if (o.facts() != c.facts() && o.facts().text().equals(text)) {
                return true; // the same sentence again (crawls repeat paragraphs)
            }
        }
        // "Following the meeting with King Salman, ...": a meeting with a named official, told apart from the visit,
        // is one of the visit's meetings
        boolean visit = d.type == EventType.VISIT || c.trigger().trigger().type() == EventType.VISIT;
        if (visit && d.type != c.trigger().trigger().type() && !c.inTitle() && !c.persons().isEmpty()
                && d.mentions.stream().noneMatch(o -> o.facts() == c.facts())) {
            return false;
        }
        boolean bodyMention = false;
        for (Candidate o : d.mentions) {
            if (o.inTitle() || c.inTitle()) {
                continue;
            }
            bodyMention = true;
            for (Map.Entry<String, String> p : c.persons().entrySet()) {
                String other = o.persons().get(p.getKey());
                if (other != null && !other.equals(p.getValue())) {
                    return false;
                }
            }
        }
        // "a new MoU" is another one, unless it introduces by name what the event's later mentions call "the
        // Agreement"
        boolean introduces = d.mentions.stream().anyMatch(o -> !o.inTitle()
                && o.facts().sentence().index() > c.facts().sentence().index()
                && c.facts().triggers().stream().anyMatch(n -> n.trigger().type() == c.trigger().trigger().type()
                && Character.isUpperCase(text(c.facts(), n).charAt(0)) && text(c.facts(), n).equals(triggerText(o))));
        if (c.indefinite() && !c.inTitle() && bodyMention && !introduces) {
            return false;
        }
        return c.status() == d.status || !(d.ownDate || c.ownDate()) || c.inTitle();
    }

    private static String triggerText(Candidate c) {
        return text(c.facts(), c.trigger());
    }

    private static String text(SentenceFacts facts, TriggerMatch t) {
        List<Token> tokens = facts.tokens();
        return facts.fieldText().substring(tokens.get(t.from()).start(), tokens.get(t.to() - 1).end());
    }

    /** A headline or an undated lead joins the same pair's event of the last week, or an undated one. */
    private static boolean weakFits(Draft d, Candidate c) {
        if (d.vague != null) {
            return false;
        }
        if (c.date() == null && d.ownDate && !c.inTitle()) {
            return false; // an undated body sentence is the news of the day, not an event the text dates itself
        }
        if (d.date == null || c.date() == null) {
            return true;
        }
        if (sameDate(d.date, c.date())) {
            return true;
        }
        LocalDate pub = c.date().start();
        return d.date.precision() == Precision.DAY && !d.date.start().isAfter(pub.plusDays(7))
                && !d.date.start().isBefore(pub.minusDays(7));
    }

    private static boolean sameDate(EventDate a, EventDate b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.start().equals(b.start()) && a.precision() == b.precision();
    }

    private ExtractedEvent build(Draft d, ArticleSectors article) {
        Map<String, Actor> actors = new LinkedHashMap<>();
        Map<String, ActorKind> kinds = new HashMap<>();
        Set<String> sectors = new LinkedHashSet<>();
        List<Evidence> evidence = new ArrayList<>();
        Map<Integer, Evidence> bySentence = new HashMap<>();
        boolean anyFocus = false;
        Map<String, Integer> sectorCounts = new LinkedHashMap<>();
        for (Candidate c : d.mentions) {
            SentenceFacts f = c.facts();
            anyFocus |= c.fromFocus();
            for (ActorMention m : c.parties()) {
                if (!d.pair.contains(m.country())) {
                    continue;
                }
                String name = m.kind() == ActorKind.PERSON ? m.name()
                        : f.fieldText().substring(m.start(), m.end());
                name = name.replaceAll("\\s+", " ");
                actors.putIfAbsent(name.toLowerCase(), new Actor(name, m.role(), m.country()));
                kinds.putIfAbsent(name.toLowerCase(), m.kind());
            }
            for (SectorHit h : f.sectors()) {
                sectorCounts.merge(h.sector(), 1, Integer::sum);
            }
            if (!bySentence.containsKey(f.sentence().index())) {
                Evidence e = evidence(f, c);
                bySentence.put(f.sentence().index(), e);
                evidence.add(e);
            }
        }
        List<Decision> provenance = new ArrayList<>(d.mentions.get(0).decisions());
        provenance.addAll(d.merges);
        if (d.mentions.size() > 1) {
            provenance.add(new Decision("merge", "merge.same_event", d.mentions.size() + " mentions"));
        }
        // the primary sector first: the one the event's own sentences name most often, then in the order told;
        // only a few, since a sentence that lists topics supports its first ones best
        String sectorRule = "sector.own_evidence";
        ranked(sectorCounts).stream().limit(settings.sectorMax()).forEach(sectors::add);
        if (sectors.isEmpty()) {
            // its paragraph's most named sector, then what the article is mostly about
            Map<String, Integer> around = new LinkedHashMap<>();
            for (Candidate c : d.mentions) {
                Map<String, Integer> paragraph = article.byParagraph().get(c.facts().sentence().paragraph());
                if (paragraph != null) {
                    paragraph.forEach((sector, n) -> around.merge(sector, n, Integer::sum));
                }
            }
            ranked(around).stream().limit(settings.sectorMaxContext()).forEach(sectors::add);
            sectorRule = "sector.paragraph";
        }
        boolean main = d.mentions.stream().anyMatch(c -> c.inTitle()
                || c.facts().sentence().paragraph() == article.lead());
        if (main) {
            // the event the headline or the lead tells is what the article is about: its main topics are the event's
            for (String sector : article.main()) {
                if (sectors.size() >= settings.sectorMax()) {
                    break;
                }
                if (sectors.add(sector)) {
                    sectorRule = "sector.article_main";
                }
            }
        }
        if (sectors.isEmpty()) {
            article.dominant().stream().limit(settings.sectorMaxContext()).forEach(sectors::add);
            sectorRule = "sector.article_dominant";
        }
        if (sectors.isEmpty()) {
            sectors.add(SectorClassifier.DIPLOMACY);
            sectorRule = "sector.default_diplomacy";
        }
        provenance.add(new Decision("sector", sectorRule, String.join(",", sectors)));
        int step = settings.confidenceStep();
        int hundredths = settings.confidenceBase() + step * Math.min(3, d.mentions.size() - 1)
                + (d.ownDate ? step : 0) - (anyFocus ? step : 0);
        double confidence = Math.min(settings.confidenceMax(), hundredths) / 100.0;
        return new ExtractedEvent(d.type, d.status, d.cameo, d.pair, d.date, List.copyOf(actors.values()),
                sectors, d.location, summary(d, actors, kinds, sectors), confidence, evidence, provenance,
                d.initiator, d.initiator == null ? null : other(d.pair, d.initiator));
    }

    private Evidence evidence(SentenceFacts f, Candidate c) {
        List<Span> spans = new ArrayList<>();
        List<Token> tokens = f.tokens();
        TriggerMatch t = c.trigger();
        spans.add(new Span(f.sentence().field(), tokens.get(t.from()).start(), tokens.get(t.to() - 1).end(),
                "trigger", t.trigger().id(), t.trigger().type().name()));
        for (ActorMention m : c.parties()) {
            spans.add(new Span(f.sentence().field(), m.start(), m.end(), "actor", m.rule(), m.country()));
        }
        if (c.timex() != null) {
            spans.add(new Span(f.sentence().field(), c.timex().start(), c.timex().end(), "date", c.timex().rule(),
                    c.timex().value()));
        }
        return new Evidence(f.sentence().field(), f.text(), f.sentence().start(), f.sentence().end(), spans);
    }

    /**
     * A headline an analyst would write: who (with role) does what with whom, and on what.
     * "Iranian telecoms minister Issa Zarepour meets Alexander Shoitov, Russian deputy minister".
     */
    private String summary(Draft d, Map<String, Actor> actors, Map<String, ActorKind> kinds, Set<String> sectors) {
        List<String> order = new ArrayList<>();
        Candidate first = d.mentions.stream().min(java.util.Comparator.comparingInt(
                (Candidate c) -> c.inTitle() ? -1 : c.facts().sentence().index())).orElseThrow();
        first.parties().stream().sorted(java.util.Comparator.comparingInt(ActorMention::token))
                .map(ActorMention::country).filter(d.pair::contains).filter(c -> !order.contains(c))
                .forEach(order::add);
        for (String c : d.pair) {
            if (!order.contains(c)) {
                order.add(c);
            }
        }
        String host = d.type == EventType.VISIT ? visited(first) : null;
        if (host != null && host.equals(order.get(0))) {
            java.util.Collections.reverse(order); // the visitor is who the headline starts with
        }
        if (d.type != EventType.VISIT && d.initiator != null && !d.initiator.equals(order.get(0))) {
            java.util.Collections.reverse(order); // who acts is who the headline starts with
        }
        Actor subject = bestActor(order.get(0), actors, kinds);
        Actor object = bestActor(order.get(1), actors, kinds);
        String who = headlineActor(order.get(0), subject, kinds);
        String whom = headlineActor(order.get(1), object, kinds);
        boolean planned = d.status == EventStatus.PLANNED;
        String topic = sectors.stream().filter(x -> !x.equals(SectorClassifier.DIPLOMACY)).findFirst()
                .map(x -> " on " + SectorTaxonomy.standard().of(x).map(SectorTaxonomy.Sector::phrase).orElse(x))
                .orElse("");
        return switch (d.type) {
            case MEETING -> who + (planned ? " to meet " : " meets ") + whom;
            case VISIT -> who + (planned ? " to visit " : " visits ") + gazetteer.headlineName(order.get(1))
                    + (object != null && kinds.get(object.name().toLowerCase()) == ActorKind.PERSON
                    ? ", meets " + whom : "");
            case CALL -> who + (planned ? " to speak by phone with " : " speaks by phone with ") + whom;
            case AGREEMENT -> who + " and " + whom + (planned ? " to sign agreement" : " sign agreement") + topic;
            case ANNOUNCEMENT -> who + " and " + whom + (planned ? " to issue statement" : " issue statement")
                    + topic;
            case WORKING_GROUP -> who + " and " + whom + (planned ? " to set up" : " set up") + " joint body"
                    + topic;
            case PROPOSAL -> who + (planned ? " to call on " : " calls on ") + whom + " for cooperation" + topic;
            case AID -> who + (planned ? " to give aid to " : " gives aid to ") + whom + topic;
            case DEMAND -> who + (planned ? " to make demands of " : " makes demands of ") + whom;
            case ACCUSATION -> who + (planned ? " to accuse " : " accuses ") + whom;
            case PROTEST -> who + (planned ? " to protest to " : " protests to ") + whom;
            case REJECTION -> who + (planned ? " to reject " : " rejects ") + (whom.contains(" of ") || whom.contains(", ")
                    ? "claims or demands of " + whom : whom + "'s claims or demands");
            case THREAT -> who + (planned ? " to warn " : " warns ") + whom;
            case SANCTION -> who + (planned ? " to impose measures on " : " imposes measures on ") + whom + topic;
            case FORCE -> who + (planned ? " to use force against " : " uses force against ") + whom;
        };
    }

    /**
     * The country a visit goes to: the host of a hosting verb before the trigger ("Trump hosted Netanyahu for a
     * visit"), else the party named after "to" or "in" ("visited the U.K.").
     */
    private String visited(Candidate c) {
        List<Token> tokens = c.facts().tokens();
        for (int k = c.trigger().from() - 1; k >= 0; k--) {
            if (!lexicon.isCue("host", tokens.get(k).norm())) {
                continue;
            }
            int hostVerb = k;
            ActorMention host = c.parties().stream().filter(m -> m.token() < hostVerb)
                    .max(java.util.Comparator.comparingInt(ActorMention::token)).orElse(null);
            boolean guest = c.parties().stream().anyMatch(m -> m.token() > hostVerb);
            if (host != null && guest) {
                return host.country();
            }
            break;
        }
        for (ActorMention m : c.parties()) {
            int p = m.token() - 1;
            if (p >= 0 && tokens.get(p).norm().equals("the")) {
                p--;
            }
            if (p >= 0 && (tokens.get(p).norm().equals("to") || tokens.get(p).norm().equals("in"))) {
                return m.country();
            }
        }
        return null;
    }

    /** A named official first, then a body, then whatever names the country. */
    private static Actor bestActor(String country, Map<String, Actor> actors, Map<String, ActorKind> kinds) {
        Actor best = null;
        int bestRank = Integer.MAX_VALUE;
        for (Actor a : actors.values()) {
            if (!a.country().equals(country)) {
                continue;
            }
            ActorKind kind = kinds.get(a.name().toLowerCase());
            int rank = kind == ActorKind.PERSON ? (a.role() != null ? 0 : 1) : kind == ActorKind.BODY ? 2 : 9;
            if (rank < bestRank) {
                best = a;
                bestRank = rank;
            }
        }
        return bestRank < 9 ? best : null;
    }

    /**
     * How a headline names a party: an official by country adjective, role and short name ("US President Biden",
     * "Iranian telecoms minister Zarepour"), a body by its name, a country by its short name.
     */
    private String headlineActor(String country, Actor a, Map<String, ActorKind> kinds) {
        if (a == null) {
            return gazetteer.headlineName(country);
        }
        boolean person = kinds.get(a.name().toLowerCase()) == ActorKind.PERSON;
        String name = person ? shortName(a.name(), country) : a.name();
        if (a.role() == null) {
            return person ? gazetteer.headlineName(country) + "'s " + name : name;
        }
        String adjective = gazetteer.headlineAdjective(country);
        return (adjective == null ? gazetteer.headlineName(country) + "'s" : adjective) + " " + a.role() + " " + name;
    }

    /**
     * The name a headline gives a person: the family name ("Biden" of "Joseph R. Biden, Jr.", "Xi" of "Xi Jinping"),
     * or the whole name when it has particles ("Mohamed bin Zayed", "Abdel Fattah al-Sisi") or is one word.
     */
    private String shortName(String name, String country) {
        String bare = name.replaceAll(",?\\s+(Jr\\.?|Sr\\.?|I{2,3}|IV)$", "").trim();
        String[] words = bare.split("\\s+");
        if (words.length < 2) {
            return bare;
        }
        for (String w : words) {
            if (Character.isLowerCase(w.charAt(0))) {
                return bare;
            }
        }
        return gazetteer.familyNameFirst(country) ? words[0] : words[words.length - 1];
    }

}
