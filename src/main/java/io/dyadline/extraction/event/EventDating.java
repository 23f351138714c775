package io.dyadline.extraction.event;

import io.dyadline.extraction.Decision;
import io.dyadline.extraction.EventDate;
import io.dyadline.extraction.EventStatus;
import io.dyadline.extraction.EventType;
import io.dyadline.extraction.Precision;
import io.dyadline.extraction.Span;
import io.dyadline.extraction.actor.ActorKind;
import io.dyadline.extraction.actor.ActorMention;
import io.dyadline.extraction.actor.Gazetteer;
import io.dyadline.extraction.text.Token;
import io.dyadline.extraction.time.Grain;
import io.dyadline.extraction.time.Timex;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The date of a trigger: the time expression that governs it in its clause (its rule id, e.g. {@code
 * time.deictic}), else the date of the event it continues ({@code inherited.paragraph}, {@code inherited.actor}),
 * else the publication date ({@code inherited.publication}); a month with no anchor is {@code date.vague}, and
 * what is still to come takes the year of the statement ({@code planned.publication_year}). It drops an undated
 * noun of force or threat ({@code veto.undated_conflict_noun}) and a date too far from the article's ({@code
 * date.history_reference}, {@code date.target_year}).
 */
final class EventDating {

    /** The source of a plan's date that the text does not give: the year of the article. */
    static final String PLANNED_THIS_YEAR = "planned.publication_year";

    private static final java.util.regex.Pattern BARE_YEAR = java.util.regex.Pattern.compile("\\d{4}");
    private final Set<String> weekdays;
    private final Set<String> weekdayPrefixes;
    private final Set<String> datePrepositions;
    private final Set<String> relative;
    private final Set<String> possessives;
    private final Set<String> definite;
    private final Set<String> firstSince;

    private final Gazetteer gazetteer;
    private final Set<String> priorPrepositions;
    private final AssemblySettings settings;
    private final StatusResolver status;

    EventDating(Gazetteer gazetteer, EventLexicon lexicon, AssemblySettings settings, StatusResolver status) {
        this.gazetteer = gazetteer;
        this.possessives = lexicon.cueSet("possessive");
        this.definite = lexicon.cueSet("definite");
        this.firstSince = lexicon.cueSet("first_since");
        this.relative = lexicon.cueSet("relative");
        this.weekdays = lexicon.cueSet("weekday");
        this.weekdayPrefixes = lexicon.cueSet("weekday_prefix");
        this.datePrepositions = lexicon.cueSet("date_preposition");
        this.priorPrepositions = lexicon.cueSet("prior_preposition");
        this.settings = settings;
        this.status = status;
    }

    /** The time expression that governs the trigger, or the one of the participle that tells it happen. */
    void findTimex(Discourse s, Reading r) {
        SentenceFacts facts = r.facts;
        TriggerMatch t = r.t;
        LocalDate published = s.published;
        Timex timex = governingTimex(facts, t);
        TriggerMatch participle = participle(t, r.triggers);
        if (timex == null && participle != null) {
            timex = governingTimex(facts, participle); // "the agreements to be signed on July 16"
            if (timex != null && published != null && timex.rangeEnd() != null
                    && timex.rangeEnd().isBefore(published)
                    && status.of(facts, t, null, false, published) == EventStatus.PLANNED) {
                timex = null; // "to be signed on Monday" resolved to a past Monday: the grammar wins
            }
        }
        r.timex = timex;
    }

    /** Dates the reading; false when its date drops it. */
    boolean date(Discourse s, Reading r) {
        SentenceFacts facts = r.facts;
        TriggerMatch t = r.t;
        Timex timex = r.timex;
        LocalDate published = s.published;
        EventDate date;
        boolean ownDate = timex != null;
        // "in September" with no year to anchor it: a date of its own, unknown, never another's
        String vague = timex == null ? vagueTimex(facts, t) : null;
        if (vague != null) {
            date = null;
        } else if (timex != null) {
            boolean weekday = weekday(timex);
            if (weekday && r.cue && s.recentExplicit != null
                    && facts.sentence().index() - s.recentExplicitSentence <= settings.weekdayReach()
                    && published != null && !covers(s.recentExplicit, published)) {
                date = toDate(s.recentExplicit, "inherited.paragraph");
            } else {
                date = toDate(timex, timex.rule());
            }
        } else if (facts.sentence().field() == Span.Field.TITLE) {
            date = null;
        } else if ((r.fromFocus || r.cue) && s.lastDate != null
                && facts.sentence().paragraph() - s.lastDateParagraph <= settings.paragraphReach()
                && s.lastDateSentence != facts.sentence().index()) {
            // not the date of another trigger of this sentence, which its time expression governs and this one
            // does not ("Pointing to his visit to Tehran in November 2018, Salih said that Rouhani's trip ...")
            EventDate last = s.lastDate;
            date = new EventDate(last.start(), last.end(), last.precision(), last.edtf(), "inherited.paragraph");
        } else if (s.lastDateSentence != facts.sentence().index() && sharedName(facts, s.nameDates) != null) {
            EventDate named = sharedName(facts, s.nameDates);
            date = new EventDate(named.start(), named.end(), named.precision(), named.edtf(),
                    "inherited.actor");
        } else if (published != null) {
            date = new EventDate(published, published, Precision.DAY, published.toString(),
                    "inherited.publication");
        } else {
            date = null;
        }
        if (!ownDate && t.trigger().nominal() && !r.madeByVerb && !dated(facts, t)
                && (t.trigger().type() == EventType.FORCE || t.trigger().type() == EventType.THREAT)) {
            // "Russia's war of aggression", "the threats posed by the DPRK": an undated noun of conflict
            // describes a state of affairs; the act is news when the text dates it ("strikes on Friday")
            s.drop("date", "veto.undated_conflict_noun", facts, t);
            return false;
        }
        String background = ownDate || facts.sentence().field() == Span.Field.TITLE ? null : background(facts, t);
        if (background != null) {
            // "President Lourenço ... had visited the United States in that capacity", "Since the meeting between
            // President Biden and President Putin, we have ...": told as what came before, with no date of its own
            s.drop("date", background, facts, t);
            return false;
        }
        if (date != null && published != null && ownDate && farFrom(date, published) != null) {
            // "reduce emissions 30% from 2020 levels by 2030", "the Outer Space Treaty of 1967"
            s.drop("date", farFrom(date, published), facts, t);
            return false;
        }
        r.date = date;
        r.ownDate = ownDate;
        r.vague = vague;
        return true;
    }

    /**
     * The rule that makes an undated trigger background: a past perfect ("had visited"; {@code
     * veto.undated_past_perfect}) or an encounter after "since the" ({@code
     * veto.undated_prior_reference}, cue prior_preposition); null otherwise.
     */
    private String background(SentenceFacts facts, TriggerMatch t) {
        List<Token> tokens = facts.tokens();
        int k = t.from() - 1;
        if (!t.trigger().nominal() && k >= 0 && tokens.get(k).norm().equals("had")) {
            return "veto.undated_past_perfect";
        }
        if (!EventKinds.isEncounter(t.trigger().type()) || !Topicality.readAsNoun(tokens, t) && !t.trigger().nominal()) {
            return null;
        }
        for (int j = k; j >= 1 && j >= k - 2; j--) {
            String w = tokens.get(j).norm();
            boolean determiner = w.equals("the") || w.equals("their") || w.equals("his") || w.equals("her")
                    || w.equals("that");
            if (determiner && priorPrepositions.contains(tokens.get(j - 1).norm())) {
                return "veto.undated_prior_reference";
            }
        }
        return null;
    }

    /** What is still to come takes no date of what has happened: the year of the statement. */
    void settle(Discourse s, Reading r) {
        LocalDate published = s.published;
        if (r.status == EventStatus.PLANNED && !r.ownDate && r.date != null && published != null
                && !r.date.start().isAfter(published)) {
            LocalDate year = published.withDayOfYear(1);
            r.date = new EventDate(year, year.plusYears(1).minusDays(1), Precision.YEAR,
                    String.valueOf(year.getYear()), PLANNED_THIS_YEAR);
        }
    }

    /** The date decision of a kept reading, or null when it has none. */
    Decision explain(Reading r) {
        if (r.vague != null) {
            return new Decision("date", "date.vague", r.vague);
        } else if (r.date != null) {
            return new Decision("date", r.date.source(), r.date.edtf());
        }
        return null;
    }

    /** A kept event's date is the one the next undated follow-up continues. */
    void remember(Discourse s, Reading r) {
        EventDate date = r.date;
        if (date != null && !PLANNED_THIS_YEAR.equals(date.source())) {
            s.lastDate = date;
            s.lastDateParagraph = r.facts.sentence().paragraph();
            s.lastDateSentence = r.ownDate ? r.facts.sentence().index() : -1;
            for (String name : names(r.facts)) {
                s.nameDates.put(name, date);
            }
        }
    }

    /** At the end of a sentence: the last month, season or year it names anchors a later "on Monday". */
    void leaveSentence(Discourse s, SentenceFacts facts) {
        for (Timex x : facts.timexes()) {
            if (x.isAnchored() && !weekday(x) && x.grain() != Grain.DAY
                    && x.grain() != Grain.WEEK) {
                s.recentExplicit = x;
                s.recentExplicitSentence = facts.sentence().index();
            } else if (x.isAnchored() && x.grain() == Grain.DAY && !weekday(x)) {
                s.recentExplicit = null;
            }
        }
    }

    /** Whether a time expression is only a weekday: "Monday", "on Monday", "last Friday". */
    private boolean weekday(Timex x) {
        String text = x.text().trim().toLowerCase(Locale.ROOT);
        int space = text.indexOf(' ');
        if (space > 0 && weekdayPrefixes.contains(text.substring(0, space))) {
            text = text.substring(space + 1);
        }
        return weekdays.contains(text);
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
     * Names of people and places a sentence gives beyond the lexicons ("Dehqani"): an undated sentence naming one
     * continues the dated event that named it last.
     */
    private List<String> names(SentenceFacts facts) {
        List<String> out = new ArrayList<>();
        List<Token> tokens = facts.tokens();
        for (int i = 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.capital() || t.norm().length() < 3 || gazetteer.isRoleAt(tokens, i) || facts.inTimex(t)) {
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

    /** The value of a month, season or year without an anchor ("in September" with no publication date). */
    private String vagueTimex(SentenceFacts facts, TriggerMatch t) {
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

    /** The verb that tells a nominal event happen right after it: "the Agreement signed in 2004". */
    private TriggerMatch participle(TriggerMatch t, List<TriggerMatch> all) {
        if (!t.trigger().nominal()) {
            return null;
        }
        for (TriggerMatch v : all) {
            if (!v.trigger().nominal() && v.trigger().type() == t.trigger().type() && v.from() >= t.to()
                    && v.from() - t.to() <= settings.participleWindow()) {
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
        String text = facts.fieldText();
        if (!tokens.isEmpty() && written(text, tokens.get(0), "Q")) {
            return 1;
        }
        for (int k = 0; k < Math.min(tokens.size(), 6); k++) {
            Token w = tokens.get(k);
            if (written(text, w, ":")) {
                return k > 0 ? k + 1 : 0;
            }
            if (!written(text, w, ".") && !written(text, w, "-") && !inCapitals(text, w)) {
                return 0;
            }
        }
        return 0;
    }

    /** Whether the text writes a token as {@code surface}, read in place: this runs for each sentence and trigger. */
    private static boolean written(String text, Token t, String surface) {
        return t.end() - t.start() == surface.length() && text.startsWith(surface, t.start());
    }

    /** Whether a token is written as its upper case; an ASCII one is read in place, any other compared as strings. */
    private static boolean inCapitals(String text, Token t) {
        for (int k = t.start(); k < t.end(); k++) {
            char c = text.charAt(k);
            if (c >= 0x80) {
                String w = text.substring(t.start(), t.end());
                return w.equals(w.toUpperCase(Locale.ROOT));
            }
            if (c >= 'a' && c <= 'z') {
                return false;
            }
        }
        return true;
    }

    Timex governingTimex(SentenceFacts facts, TriggerMatch t) {
        Timex best = null;
        int bestDistance = Integer.MAX_VALUE;
        int triggerStart = facts.tokens().get(t.from()).start();
        for (Timex x : facts.timexes()) {
            if (!x.isAnchored() || x.openEnd() && firstSince(facts, x)) {
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
     * "the first visit of a leader from New Zealand since 2014": after a word of cue first_since, "since" tells
     * when the one before was, not when this act happens ("Since 2016, working groups formed" is dated 2016).
     */
    private boolean firstSince(SentenceFacts facts, Timex x) {
        int at = facts.tokenAt(x.start());
        for (int k = 0; k < at; k++) {
            if (firstSince.contains(facts.tokens().get(k).norm())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A time expression governs a trigger in its clause: near it with no relative clause between, or opening the
     * sentence ("In November 2022, ...", also after a transcript's speaker label: "MR. KIRBY: Tomorrow, ...").
     */
    private boolean governs(SentenceFacts facts, Timex x, TriggerMatch t) {
        int at = facts.tokenAt(x.start());
        if (modifiesNoun(facts, x, at)) {
            // "talks to revive the 2015 nuclear agreement": the year is the agreement's, not the talks'
            return t.from() > at && t.from() <= at + settings.yearModifierReach();
        }
        if (at - afterSpeakerLabel(facts) <= settings.openingWindow()) {
            return true;
        }
        int from = Math.min(at, t.to());
        int to = Math.max(at, t.from());
        if (to - from > settings.governWindow()) {
            return false;
        }
        for (int k = from; k < to; k++) {
            String w = facts.tokens().get(k).norm();
            if (relative.contains(w)) {
                return false;
            }
        }
        // "met ... to congratulate him on his inauguration in January": the date is the inauguration's
        List<Token> tokens = facts.tokens();
        int p = at - 1;
        if (at > t.to() && p - 2 >= t.to() && datePrepositions.contains(tokens.get(p).norm())
                && possessives.contains(tokens.get(p - 2).norm())) {
            return false;
        }
        return true;
    }

    /**
     * Whether a time expression dates the trigger, anchored or not: "on January 3" in an article without a
     * publication date still tells an act on a day, not a state of things.
     */
    boolean dated(SentenceFacts facts, TriggerMatch t) {
        if (governingTimex(facts, t) != null) {
            return true;
        }
        for (Timex x : facts.timexes()) {
            if (!x.isAnchored() && x.type() == io.dyadline.extraction.time.TimexType.DATE
                    && x.value().startsWith("XXXX") && governs(facts, x, t)) {
                return true;
            }
        }
        return false;
    }

    /** A bare year between a determiner and a word: "the 2015 nuclear agreement", "its 2018 summit". */
    private boolean modifiesNoun(SentenceFacts facts, Timex x, int at) {
        List<Token> tokens = facts.tokens();
        if (at < 1 || at + 1 >= tokens.size()
                || !BARE_YEAR.matcher(facts.fieldText()).region(x.start(), x.end()).matches()) {
            return false;
        }
        String before = tokens.get(at - 1).norm();
        return (definite.contains(before) || possessives.contains(before) || before.equals("a"))
                && Character.isLetter(tokens.get(at + 1).norm().charAt(0));
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
}
