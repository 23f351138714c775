package io.dyadline.extraction.event;

import io.dyadline.extraction.Decision;
import io.dyadline.extraction.EventDate;
import io.dyadline.extraction.EventStatus;
import io.dyadline.extraction.EventType;
import io.dyadline.extraction.Precision;
import io.dyadline.extraction.actor.ActorKind;
import io.dyadline.extraction.actor.ActorMention;
import io.dyadline.extraction.text.Token;
import io.dyadline.extraction.text.WordSet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.dyadline.extraction.event.EventKinds.VERBAL_CONFLICT;
import static io.dyadline.extraction.event.EventKinds.isEncounter;
import static io.dyadline.extraction.event.EventKinds.mergeClass;

/**
 * Which mentions tell one real-world event. In a sentence, a second trigger of the same kind restates the first
 * ({@code merge.same_sentence}) and what a call discussed is the call ({@code merge.discussed_on_call}); over the
 * article, candidates of one pair, type, initiator and date join one draft (a headline or an undated lead the
 * nearest; "a recent agreement" one the text dates: {@code merge.recent_reference}), announcements told with an
 * encounter and talk in a call's readout join it ({@code merge.told_within_encounter}, {@code merge.call_readout}),
 * a meeting with a summoned envoy is the summons ({@code merge.summons_meeting}), and "agreed to remain in contact"
 * ({@code trigger.agrees_to_go_on}) joins the talks or is dropped ({@code veto.agrees_to_go_on}).
 */
final class MentionMerger {

    /** The rule of an "agreed to remain in contact": no agreement of its own (see agreesToGoOn). */
    private static final String GOES_ON = "trigger.agrees_to_go_on";

    private final Set<String> npBoundary;
    private final Set<String> definite;
    private final Set<String> possessive;
    private final WordSet envoyWords;

    private final EventLexicon lexicon;
    private final AssemblySettings settings;

    MentionMerger(EventLexicon lexicon, AssemblySettings settings) {
        this.settings = settings;
        this.lexicon = lexicon;
        this.npBoundary = lexicon.cueSet("np_boundary");
        this.definite = lexicon.cueSet("definite");
        this.possessive = lexicon.cueSet("possessive");
        this.envoyWords = lexicon.cueWords("envoy");
    }

    /**
     * Whether the reading is the first of its kind in its sentence: "rejected Hariri's allegations against Iran,
     * saying ...": one sentence, one act of one side; false when it only restates one told before.
     */
    boolean firstInSentence(Discourse s, Reading r) {
        // a second trigger of the same kind restates the first unless its own date, or another official of a
        // side, sets it apart: "a prisoner exchange agreement ... a deal between Iran and the U.S."
        boolean conflict = VERBAL_CONFLICT.contains(r.t.trigger().type());
        String key = (conflict ? "CONFLICT" : mergeClass(r.t.trigger().type())) + r.pair + r.initiator;
        String when = r.timex == null ? null : r.timex.value();
        List<Discourse.Told> before = s.told.computeIfAbsent(key, k -> new ArrayList<>());
        for (Discourse.Told o : before) {
            if ((when == null || when.equals(o.when())) && (conflict || samePersons(o.persons(), r.persons))) {
                s.drop("merge", "merge.same_sentence", r.facts, r.t);
                return false;
            }
        }
        before.add(new Discourse.Told(r.persons, when));
        return true;
    }

    /**
     * The later mention names no official the earlier did not: "met Khamenei ... met Raisi" and "in continuation
     * of their visit ... also met with Prime Minister Arnous" are two events.
     */
    private static boolean samePersons(Map<String, String> earlier, Map<String, String> later) {
        if (later == null || later.isEmpty()) {
            return true;
        }
        return earlier != null && earlier.entrySet().containsAll(later.entrySet());
    }

    /** What a call discussed or negotiated is the call: false for a meeting told with a call. */
    boolean notDiscussedOnCall(Discourse s, Reading r) {
        if (r.t.trigger().type() == EventType.MEETING && r.status == EventStatus.OCCURRED
                && r.triggers.stream().anyMatch(o -> o.trigger().type() == EventType.CALL)) {
            s.drop("merge", "merge.discussed_on_call", r.facts, r.t);
            return false;
        }
        return true;
    }

    /** Marks an indefinite agreement or body ("a new MoU"), which is another one than those told before. */
    void markIndefinite(Reading r) {
        boolean indefinite = false;
        for (TriggerMatch o : r.triggers) {
            indefinite |= mergeClass(o.trigger().type()).equals(mergeClass(r.t.trigger().type()))
                    && indefinite(r.facts, o);
        }
        r.indefinite = indefinite;
    }

    /** "agreed to remain in close contact": part of the talks, told with them or no event at all; else null. */
    Decision goesOn(Reading r) {
        if (r.t.trigger().id().equals("agree.verb") && agreesToGoOn(r.facts.tokens(), r.t)) {
            return new Decision("trigger", GOES_ON, "agreed while talking, no agreement concluded");
        }
        return null;
    }

    /** "his visit", "the talks", "their recent meeting": a mention whose determiner says the reader knows it. */
    private boolean definiteReference(Candidate c) {
        List<Token> tokens = c.facts().tokens();
        int from = c.trigger().from();
        for (int k = from - 1; k >= 0 && k >= from - settings.definiteWindow(); k--) {
            String w = tokens.get(k).norm();
            if (definite.contains(w) || possessive.contains(w)) {
                return true;
            }
            if (w.equals("a") || w.equals("an") || npBoundary.contains(w)) {
                return false;
            }
        }
        return false;
    }

    /** "a recent agreement", "the recently signed deal": a mention of one concluded before. */
    private boolean recentReference(Candidate c) {
        List<Token> tokens = c.facts().tokens();
        int from = c.trigger().from();
        for (int k = from - 1; k >= 0 && k >= from - settings.definiteWindow(); k--) {
            String w = tokens.get(k).norm();
            if (lexicon.isCue("recent", w)) {
                return true;
            }
            if (npBoundary.contains(w)) {
                return false;
            }
        }
        return false;
    }

    /** "a new Memorandum of Cooperation", "an AI agreement": an indefinite agreement or body is a new one. */
    private boolean indefinite(SentenceFacts facts, TriggerMatch t) {
        EventType type = t.trigger().type();
        if (!t.trigger().nominal() || !(type == EventType.AGREEMENT || type == EventType.WORKING_GROUP)) {
            return false;
        }
        List<Token> tokens = facts.tokens();
        for (int k = t.from() - 1; k >= 0 && k >= t.from() - settings.indefiniteWindow(); k--) {
            String w = tokens.get(k).norm();
            if (w.equals("a") || w.equals("an")) {
                return true;
            }
            if (npBoundary.contains(w) || lexicon.isCue("recent", w)) {
                return false; // "a recent agreement" is one told elsewhere
            }
        }
        return false;
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

    /** The drafts of the discourse's candidates, in the order the article first tells them (headline first). */
    List<Draft> merge(Discourse s) {
        List<Candidate> candidates = s.candidates;
        LocalDate published = s.published;
        List<Draft> drafts = new ArrayList<>();
        List<Candidate> deferred = new ArrayList<>();
        for (Candidate c : candidates) {
            boolean weak = c.vague() == null && (c.date() == null
                    || "inherited.publication".equals(c.date().source()) || plannedThisYear(c));
            if (weak) {
                deferred.add(c);
            } else {
                attach(drafts, c, false, published);
            }
        }
        // what is to come before the headline and the undated leads, which join the plan as they joined it before
        deferred.sort(java.util.Comparator.comparing(c -> !plannedThisYear(c)));
        for (Candidate c : deferred) {
            attach(drafts, c, true, published);
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
            Draft summons = summonsOfEnvoy(drafts, d);
            if (summons != null) {
                summons.mentions.addAll(d.mentions);
                summons.merges.add(new Decision("merge", "merge.summons_meeting",
                        "the meeting with the envoy is the " + summons.type.name()));
                continue;
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
                    d.mentions.forEach(c -> s.drop("trigger", "veto.agrees_to_go_on", c.facts(), c.trigger()));
                }
                continue;
            }
            kept.add(d);
        }
        // in the order the article first tells them (headline first)
        kept.sort(java.util.Comparator.comparingInt(MentionMerger::firstTold));
        for (Draft d : kept) {
            if (d.date == null && published != null) {
                d.date = new EventDate(published, published, Precision.DAY, published.toString(),
                        "inherited.publication");
            }
        }
        return kept;
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

    /**
     * "Iran summoned the British ambassador ... Zarif's assistant told the British envoy that ...": a meeting of a
     * summons' pair, told of the envoy and dated no other way, is the summons, not a meeting of its own.
     */
    private Draft summonsOfEnvoy(List<Draft> drafts, Draft d) {
        if (d.type != EventType.MEETING) {
            return null;
        }
        for (Candidate c : d.mentions) {
            boolean envoy = c.facts().tokens().stream().anyMatch(envoyWords::contains);
            if (!envoy) {
                return null;
            }
        }
        return drafts.stream().filter(o -> o != d && o.type == EventType.PROTEST && o.pair.equals(d.pair)
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

    private void attach(List<Draft> drafts, Candidate c, boolean weak, LocalDate published) {
        String cls = mergeClass(c.trigger().trigger().type());
        String otherSpeaker = null;
        for (Draft d : drafts) {
            if (!d.pair.equals(c.pair()) || !mergeClass(d.type).equals(cls)) {
                continue;
            }
            boolean recent = weak && recentFits(d, c);
            boolean back = weak && !recent && refersBack(d, c);
            boolean plan = weak && !recent && !back && plannedThisYear(c) && plannedSoon(d, published)
                    && !namesAnother(d, c);
            // "The visit will underscore the depth of the U.S.-India partnership": who visits is told before
            boolean sameDirection = java.util.Objects.equals(d.initiator, c.initiator())
                    || back && isEncounter(d.type);
            if (!sameDirection) {
                continue;
            }
            boolean same = weak ? recent || back || plan
                    || (plannedThisYear(c) ? sameDate(d.date, c.date()) : weakFits(d, c))
                    : sameDate(d.date, c.date()) && java.util.Objects.equals(d.vague, c.vague());
            if (same && otherSpeaker(d, c) != null) {
                otherSpeaker = otherSpeaker(d, c);
                continue;
            }
            if (same && !sameIdentity(d, c, back)) {
                continue;
            }
            if (same) {
                d.mentions.add(c);
                if (plan) {
                    d.merges.add(new Decision("merge", "merge.planned_reference", "'" + c.facts().surface(c.trigger())
                            + "', undated, is the plan told for " + d.date.edtf()));
                } else if (recent) {
                    d.merges.add(new Decision("merge", "merge.recent_reference", "'" + c.facts().surface(c.trigger())
                            + "' refers to the event told " + (d.vague != null ? d.vague : d.date.edtf())));
                } else if (back || weak && d.vague != null) {
                    d.merges.add(new Decision("merge", "merge.definite_reference",
                            "'" + c.facts().surface(c.trigger()) + "' refers to the event told "
                                    + (d.vague != null ? d.vague : d.date != null ? d.date.edtf() : "before")));
                }
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
        if (otherSpeaker != null) {
            d.merges.add(new Decision("merge", "merge.other_speaker", otherSpeaker));
        }
        drafts.add(d);
    }

    /**
     * "The commander of Iran's IRGC responded to allegations by Hariri ..." and "Mahmoud Vaezi, the chief of staff of
     * President Rouhani's administration, rejected Hariri's allegations": a statement of friction by another official
     * of the acting side, in another sentence, is another statement ({@code merge.other_speaker}); a side named
     * without its official ("Iran rejected the claims") may be any of them. What tells the two apart, or null.
     */
    private String otherSpeaker(Draft d, Candidate c) {
        if (!VERBAL_CONFLICT.contains(c.trigger().trigger().type()) || c.inTitle()) {
            return null;
        }
        Speaker speaker = speaker(c);
        if (speaker == null) {
            return null;
        }
        for (Candidate o : d.mentions) {
                Speaker other = o.inTitle() || o.facts() == c.facts() ? null : speaker(o);
            if (other != null && !speaker.maybe(other)) {
                return speaker + " is not " + other;
            }
        }
        return null;
    }

    /** The official who acts: a person with the role the gazetteer gives, or a role alone ("the commander of"). */
    private record Speaker(String name, String role) {

        /** Whether the two may be one official: the same person, or a person whose role says the role word. */
        boolean maybe(Speaker o) {
            if (name != null && o.name != null) {
                return name.contains(o.name) || o.name.contains(name);
            }
            String mine = role == null ? "" : role.toLowerCase(java.util.Locale.ROOT);
            String theirs = o.role == null ? "" : o.role.toLowerCase(java.util.Locale.ROOT);
            return mine.isEmpty() || theirs.isEmpty() || mine.contains(theirs) || theirs.contains(mine);
        }

        @Override
        public String toString() {
            return name != null ? name : "the " + role;
        }
    }

    /** The official who acts in a mention: the acting side's person, or its role ("the commander of Iran's ..."). */
    private Speaker speaker(Candidate c) {
        for (ActorMention m : c.parties()) {
            if (!m.country().equals(c.initiator())) {
                continue;
            }
            if (m.kind() == ActorKind.PERSON && m.name() != null) {
                return new Speaker(m.name(), m.role());
            }
            List<Token> tokens = c.facts().tokens();
            int k = m.token() - 1;
            while (k > 0 && (tokens.get(k).capital() || lexicon.isCue("name_glue", tokens.get(k).norm()))) {
                k--; // back over the name: "the commander of Iran's Islamic Revolution Guards Corps (IRGC)"
            }
            if (k > 0 && tokens.get(k).norm().equals("of")
                    && lexicon.isCue("speaker_role", tokens.get(k - 1).norm())) {
                return new Speaker(null, tokens.get(k - 1).norm());
            }
        }
        return null;
    }

    /**
     * Same pair, type and date are not enough in a long statement: a meeting with another official, an indefinite
     * new agreement, or what will happen next to what happened are other events.
     */
    private static boolean sameIdentity(Draft d, Candidate c, boolean refersBack) {
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
        // "a new Memorandum of Cooperation" and "signing the Artemis Accords": two agreements the text names apart
        String name = agreementName(c);
        if (name != null) {
            for (Candidate o : d.mentions) {
                String other = agreementName(o);
                if (other != null && !other.contains(name) && !name.contains(other)) {
                    return false;
                }
            }
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
                && Character.isUpperCase(c.facts().surface(n).charAt(0)) && c.facts().surface(n).equals(triggerText(o))));
        if (c.indefinite() && !c.inTitle() && bodyMention && !introduces) {
            return false;
        }
        return c.status() == d.status || !(d.ownDate || c.ownDate()) || c.inTitle() || refersBack;
    }

    /**
     * The name of the agreement a mention's sentence tells, its capitalised words up to the trigger ("Artemis
     * Accords", "Memorandum of Cooperation"), or null for "the deal", "an agreement".
     */
    private static String agreementName(Candidate c) {
        if (c.trigger().trigger().type() != EventType.AGREEMENT || c.inTitle()) {
            return null;
        }
        List<Token> tokens = c.facts().tokens();
        for (TriggerMatch n : c.facts().triggers()) {
            if (n.trigger().type() != EventType.AGREEMENT || !n.trigger().nominal()
                    || !tokens.get(n.from()).capital() || n.from() == 0) {
                continue;
            }
            int from = n.from();
            while (from > 1 && tokens.get(from - 1).capital()) {
                from--;
            }
            return c.facts().fieldText().substring(tokens.get(from).start(), tokens.get(n.to() - 1).end());
        }
        return null;
    }

    private static String triggerText(Candidate c) {
        return c.facts().surface(c.trigger());
    }

    /**
     * "a recent security agreement between Tehran and Baghdad" beside "In March, Iran and Iraq inked a bilateral
     * pact": a mention of one concluded before is an event the text dates, told before or after it.
     */
    private boolean recentFits(Draft d, Candidate c) {
        return !c.inTitle() && d.status == EventStatus.OCCURRED && (d.ownDate || d.vague != null)
                && recentReference(c) && (d.date == null || c.date() == null
                || !d.date.start().isAfter(c.date().start()));
    }

    /**
     * "The meeting will highlight the strength of the Alliance", "during his meeting with President Xi" after
     * "President Biden will hold a bilateral meeting with President Xi on Monday": a definite mention that the text
     * neither dates nor tenses (its status by default, {@code status.occurred}) refers back to the event of its
     * pair and type told before it, whatever that one's date ({@code merge.definite_reference}); "the visit" is
     * not one of the meetings told before it.
     */
    private boolean refersBack(Draft d, Candidate c) {
        return !c.inTitle() && d.type == c.trigger().trigger().type()
                && firstTold(d) < c.facts().sentence().index() && definiteReference(c)
                && c.decisions().stream().anyMatch(x -> x.rule().equals(StatusResolver.UNTENSED));
    }

    /** What is still to come without a date of its own: dated by the article's year. */
    private static boolean plannedThisYear(Candidate c) {
        return c.date() != null && EventDating.PLANNED_THIS_YEAR.equals(c.date().source());
    }

    /**
     * "The two leaders will also discuss issues of shared concern" after "On Thursday, November 2, President Biden
     * will host President Boric of Chile": a plan without a date of its own joins the plan of its pair and kind that
     * the text dates within planned_reference_days after the article, unless a name after its trigger sets it
     * apart ({@link #namesAnother}; {@code merge.planned_reference}).
     */
    private boolean plannedSoon(Draft d, LocalDate published) {
        return d.status == EventStatus.PLANNED && d.ownDate && d.date != null && published != null
                && !d.date.start().isAfter(published.plusDays(settings.plannedReferenceDays()));
    }

    /**
     * "to meet with President Herzog" after "will engage in a bilateral meeting with Prime Minister Lapid": a
     * capitalised name right after the trigger (and its "with") with a word that no mention of the plan tells.
     */
    private static boolean namesAnother(Draft d, Candidate c) {
        List<Token> tokens = c.facts().tokens();
        int k = c.trigger().to();
        if (k < tokens.size() && tokens.get(k).norm().equals("with")) {
            k++;
        }
        for (int i = k; i < tokens.size() && i - k < 4 && tokens.get(i).capital(); i++) {
            String word = tokens.get(i).norm();
            boolean told = d.mentions.stream().anyMatch(o -> o.facts().tokens().stream()
                    .anyMatch(x -> x.norm().equals(word)));
            if (!told) {
                return true;
            }
        }
        return false;
    }

    /**
     * A headline or an undated lead joins the same pair's event of the last week, or an undated one; "during his
     * visit", "in the meeting" also the one the text dated loosely before ("paid a visit in late November"): the
     * definite mention refers back to it ({@code merge.definite_reference}).
     */
    private boolean weakFits(Draft d, Candidate c) {
        if (d.vague != null) {
            return !c.inTitle() && definiteReference(c) && firstTold(d) < c.facts().sentence().index();
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
        if (d.date.precision() == Precision.MONTH && d.status == EventStatus.OCCURRED && d.ownDate
                && !pub.isBefore(d.date.start()) && !pub.isAfter(d.date.end())) {
            return true; // "the State Visit of April 2023" in an article of April 26: the news of the day
        }
        return d.date.precision() == Precision.DAY && !d.date.start().isAfter(pub.plusDays(settings.headlineDays()))
                && !d.date.start().isBefore(pub.minusDays(settings.headlineDays()));
    }

    private static boolean sameDate(EventDate a, EventDate b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.start().equals(b.start()) && a.precision() == b.precision();
    }
}
