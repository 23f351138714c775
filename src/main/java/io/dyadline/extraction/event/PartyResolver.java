package io.dyadline.extraction.event;

import io.dyadline.extraction.Decision;
import io.dyadline.extraction.EventType;
import io.dyadline.extraction.Span;
import io.dyadline.extraction.actor.ActorKind;
import io.dyadline.extraction.actor.ActorMention;
import io.dyadline.extraction.actor.Gazetteer;
import io.dyadline.extraction.text.PhraseMatcher;
import io.dyadline.extraction.text.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.dyadline.extraction.event.EventKinds.FRICTION;
import static io.dyadline.extraction.event.EventKinds.sorted;

/**
 * The two parties of a trigger: the subject and object sides of its sentence ({@code party.subject_object}), the
 * pair in focus when the sentence refers back to it ({@code party.anaphoric_subject}, {@code
 * party.reference_to_focus}, {@code party.unplaced_subject}), the country a meeting takes place in ({@code
 * party.host_country}), the two sides "between" names ({@code party.between_sides}), the official a "he" who
 * visits stands for ({@code party.pronoun_visitor}; with no official named, a visit by "he" to a country outside the
 * pair in focus is dropped, {@code party.destination_outside_focus}, and one to a U.S. state's town, {@code
 * party.domestic_destination}) or who meets a partner of no pair in focus ({@code
 * party.pronoun_partner}), the two named together before a "they" ({@code party.named_together}), the sides of "the
 * agreement he reached with X" ({@code party.agreement_relative}), or the agent and
 * target of an act ({@link ActParties}). It
 * drops a trigger with {@code party.multilateral}, {@code party.group_members} (the pair in focus given to "other G7
 * members" or to "a call with Nordic Counterparts"), {@code party.topic_relationship} (one side from "the
 * relationship between Russia and the DPRK"), {@code party.none_named}, {@code party.one_side}, {@code
 * party.focus_of_conflict} (a cooperation referring back to a pair in focus for its friction), {@code
 * party.between_other_sides}, {@code party.list_restated} and the rules of {@link PairGuards}, and keeps the
 * discourse's focus: the pair "they" and "the two sides" stand for.
 */
final class PartyResolver {

    private final Gazetteer gazetteer;
    private final AssemblySettings settings;
    private final Topicality topicality;
    private final ActParties actParties;
    private final PairGuards guards;
    private final Set<String> notNames;
    private final Set<String> formerTitles;
    private final Set<String> speechParticiples;
    private final Set<String> speechVerbs;
    private final Set<String> lightVerbsPast;
    private final Set<String> relativePronouns;
    private final Set<String> listPrepositions;
    private final Set<String> firstPerson;
    private final Set<String> groupQualifiers;
    private final Set<String> relationNouns;
    private final Set<String> pluralPartnerNouns;
    private final Set<String> domesticPartners;
    private final Set<String> pronounSubjects;
    private final Set<String> realiseWords;
    private final Set<String> roleSuffixes;
    private final Set<String> groupMemberNouns;
    private final Set<String> objectPronouns;

    PartyResolver(Gazetteer gazetteer, EventLexicon lexicon, AssemblySettings settings, Topicality topicality,
                  ActParties actParties, PairGuards guards) {
        this.gazetteer = gazetteer;
        this.notNames = lexicon.cueSet("not_a_name");
        this.formerTitles = lexicon.cueSet("title_prefix");
        this.speechParticiples = lexicon.cueSet("speech_participle");
        this.speechVerbs = lexicon.cueSet("speech_verb");
        this.lightVerbsPast = lexicon.cueSet("light_verb_past");
        this.relativePronouns = lexicon.cueSet("relative_pronoun");
        this.listPrepositions = lexicon.cueSet("list_preposition");
        this.firstPerson = lexicon.cueSet("first_person");
        this.groupQualifiers = lexicon.cueSet("group_qualifier");
        this.relationNouns = lexicon.cueSet("relation_noun");
        this.pluralPartnerNouns = lexicon.cueSet("plural_partner");
        this.domesticPartners = lexicon.cueSet("domestic_partner");
        this.pronounSubjects = lexicon.cueSet("speaker_pronoun");
        this.realiseWords = lexicon.cueSet("realise");
        this.roleSuffixes = lexicon.cueSet("role_suffix");
        this.groupMemberNouns = lexicon.cueSet("group_member");
        this.objectPronouns = lexicon.cueSet("object_pronoun");
        this.settings = settings;
        this.topicality = topicality;
        this.actParties = actParties;
        this.guards = guards;
    }

    /** At the first body sentence, the pair of the headline is in focus: "Iran to Expand Ties With Oman". */
    void enterSentence(Discourse s, SentenceFacts facts) {
        int label = EventDating.afterSpeakerLabel(facts);
        if (label > 0) {
            s.turnSpeaker = facts.actors().stream()
                    .filter(m -> m.canBeParty() && m.kind() == ActorKind.PERSON && m.token() < label)
                    .findFirst().orElse(null);
        }
        if (facts.sentence().field() == Span.Field.TITLE) {
            boolean conflict = facts.triggers().stream().anyMatch(t -> FRICTION.contains(t.trigger().type()));
            boolean cooperation = facts.triggers().stream().anyMatch(t -> !FRICTION.contains(t.trigger().type()));
            s.titleConflict |= conflict && !cooperation;
        }
        if (s.focus == null && facts.sentence().field() == Span.Field.TEXT) {
            s.focus = s.headline;
            s.focusParagraph = facts.sentence().paragraph();
            s.focusFromConflict = s.titleConflict;
        }
    }

    /** Finds the reading's pair and the officials nearest to its trigger; false when the trigger is dropped. */
    boolean resolve(Discourse s, Reading r) {
        SentenceFacts facts = r.facts;
        TriggerMatch t = r.t;
        List<ActorMention> used = r.used;
        r.cue = refersBack(facts, t);
        boolean cue = r.cue;
        // "He's created a task force" eighty paragraphs after the last pair: a focus that old is no referent
        boolean stale = s.focus != null
                && facts.sentence().paragraph() - s.focusParagraph > settings.focusReach();
        if (stale && !(facts.sentence().field() == Span.Field.TITLE)) {
            s.focus = null;
        }
        List<String> focus = s.focus;
        // "The President this morning convened the G7" after Iran's strikes on Israel: a pair in focus for its
        // friction is no referent of a cooperation the sentence does not place (party.focus_of_conflict)
        boolean conflictFocus = s.focusFromConflict && !FRICTION.contains(t.trigger().type())
                && t.trigger().type() != EventType.AID;
        boolean referredBack = anaphoricSubject(facts, t) || r.cue;
        boolean anaphoric = anaphoricSubject(facts, t) && focus != null && !conflictFocus;
        // the rule of a drop that the focus of friction made: the pair it would have supplied
        String unreferred = conflictFocus && focus != null && referredBack ? "party.focus_of_conflict" : null;
        ActorMention partner = anaphoric ? withPartner(facts, t) : null;
        if (anaphoric && partner == null) {
            partner = pronounPartner(facts, t);
        }
        ActorMention speaker = s.speaker != null
                && facts.sentence().index() - s.speakerSentence <= settings.speakerReach() ? s.speaker : null;
        if (s.turnSpeaker != null && firstPersonSubject(facts, t)) {
            // "MR. SULLIVAN: ... We have already imposed sanctions on PRC entities": we are the speaker's side,
            // whoever was named last
            speaker = s.turnSpeaker;
        }
        List<String> pronounPair = null;
        if (partner != null && !focus.contains(partner.country())) {
            // "As you know, he spoke with Erdoğan" in a briefing from Vilnius: the partner named is not of the
            // pair in focus, so "he" is not that pair's; he is the official named last, if any
            anaphoric = false;
            ActorMention holder = officeHolder(s, facts, t);
            if (holder == null && officeAnaphor(facts, t)) {
                // "the President's morning call with the President-elect of Indonesia" where no president was
                // named: whose office it is the text does not say
                s.drop("party", "party.unnamed_office", facts, t);
                return false;
            }
            ActorMention subject = holder != null ? holder : speaker;
            if (subject != null && !subject.country().equals(partner.country())) {
                pronounPair = List.of(subject.country(), partner.country());
                used.add(partner);
            }
        }
        boolean act = FRICTION.contains(t.trigger().type()) || t.trigger().type() == EventType.AID;
        List<String> sides = s.sides != null
                && facts.sentence().index() - s.sidesSentence <= settings.bothSidesReach() ? s.sides : null;
        List<String> here = namedTogether(facts, t.from());
        if (here != null) {
            sides = here;
        }
        List<ActorMention> officials = new ArrayList<>();
        for (int k = 0; k < s.officials.size(); k++) {
            if (facts.sentence().index() - s.officialSentences.get(k) <= settings.speakerReach()) {
                officials.add(s.officials.get(k));
            }
        }
        ActParties.Act acting = r.given != null ? r.given
                : act ? actParties.of(facts, t, focus, new ActParties.Context(speaker, sides, officials)) : null;
        r.acting = acting;
        int lightVerb = t.trigger().nominal() ? actParties.lightVerb(facts.tokens(), t) : -1;
        // "launched an air strike": done; "to conduct airstrikes", "from ever launching a war": not told done
        r.madeByVerb = lightVerb >= 0 && lightVerbsPast.contains(facts.tokens().get(lightVerb).norm());
        if (act && acting.agent() == null) {
            // "he once again called on congressional Republicans": friction names its sides, or is none
            s.drop("party", acting.rule(), facts, t);
            return false;
        } else if (acting != null) {
            anaphoric = false;
        }
        PairGuards.Sides between = acting == null ? guards.betweenSides(facts, t) : null;
        if (between != null && (between.countries().isEmpty() && !between.namesNonState()
                || between.countries().size() == 1 && between.unplacedName())) {
            // "the meeting between the President and the Prime Minister", "between Zadboum and an Uzbek official":
            // a side the phrase does not place in a country is told elsewhere
            between = null;
        }
        if (between != null && between.countries().size() != 2) {
            // "talks between the Syrian government and opposition forces", "a deal struck between the previous
            // administration and the Taliban": its sides are no country pair
            s.drop("party", between.countries().size() <= 1 ? "party.between_other_sides" : "party.multilateral",
                    facts, t);
            return false;
        }
        if (between != null) {
            anaphoric = false;
            used.addAll(between.mentions());
        }
        List<String> officialsHere = officialsTogether(facts, t.from());
        boolean otherOfficials = officialsHere != null && anaphoric
                && !(officialsHere.containsAll(focus) && focus.containsAll(officialsHere));
        if (otherOfficials && between == null && acting == null) {
            // "President Biden and President Sisi engaged directly ...; they'll discuss that": "they" are the two
            // named together before it in the sentence, not the pair in focus
            anaphoric = false;
            pronounPair = officialsHere;
        }
        boolean byPronoun = between == null && acting == null && pronounPair != null;
        List<String> pair = between != null ? between.countries() : anaphoric ? focus
                : acting != null ? List.of(acting.agent(), acting.target()) : byPronoun ? pronounPair
                : parties(facts, t, used);
        String partyRule = between != null ? "party.between_sides" : anaphoric ? "party.anaphoric_subject"
                : acting != null ? acting.rule() : byPronoun && pronounPair == officialsHere ? "party.named_together"
                : byPronoun ? "party.pronoun_partner" : "party.subject_object";
        if (partyRule.equals("party.subject_object") && pair != null && pair.size() == 2 && focus != null
                && !conflictFocus && bothSidesOpen(facts, t)
                && pair.stream().noneMatch(focus::contains)) {
            // "Both officials underscored ..., affirmed their resolve to continue supporting Ukraine ..., and
            // discussed ... cooperation across the region, including with the Republic of Korea": the sentence
            // opens with the two in focus; the countries after the verb are what they talk about
            pair = focus;
            partyRule = "party.reference_to_focus";
            used.clear();
        }
        List<String> reachedWith = partyRule.equals("party.subject_object") ? reachedWith(facts, t, used) : null;
        if (reachedWith != null) {
            // "congratulated President Erdogan on the agreement he reached with Swedish Prime Minister
            // Kristersson": the relative clause names the agreement's sides, not the one who congratulates
            pair = reachedWith;
            partyRule = "party.agreement_relative";
        }
        if (anaphoric && t.trigger().type() == EventType.VISIT) {
            // "Netanyahu has tried to call upon world leaders ... Last month he visited London": he is the official
            // named before, and London where he went, though the pair in focus is another
            List<ActorMention> named = new ArrayList<>();
            List<String> destination = parties(facts, t, named);
            ActorMention next = destinationOutside(facts, t, focus);
            if (next != null) {
                named = List.of(next);
                destination = List.of(next.country());
            }
            boolean elsewhere = destination != null && destination.size() == 1
                    && !focus.contains(destination.get(0)) && named.stream().allMatch(m -> m.token() > t.from());
            if (elsewhere && speaker != null && !destination.get(0).equals(speaker.country())) {
                pair = List.of(speaker.country(), destination.get(0));
                partyRule = "party.pronoun_visitor";
                used.addAll(named);
            } else if (usPlaceDestination(facts, t) || usPlaceInObject(facts, t)) {
                // "Later, the President and the First Lady will travel to Wilmington, Delaware" in a briefing on
                // the trip to Japan: a journey inside the United States, no visit of the pair in focus
                s.drop("party", "party.domestic_destination", facts, t);
                return false;
            } else if (elsewhere && speaker == null) {
                // "On Saturday, he'll arrive in Cambodia" with Egypt and the US in focus: he goes to neither, and
                // no official named before says who he is
                s.drop("party", "party.destination_outside_focus", facts, t);
                return false;
            }
        }
        if (acting != null) {
            used.addAll(acting.mentions());
        }
        boolean fromFocus = pair == focus;
        String othersThanFocus = fromFocus && focus != null ? othersThanFocus(facts, t, r.triggers, focus) : null;
        if (othersThanFocus != null) {
            s.drop("party", othersThanFocus, facts, t);
            return false;
        }
        if (pair == null) {
            s.drop("party", "party.multilateral", facts, t);
            return false;
        }
        if (partyRule.equals("party.subject_object") && pair.size() == 2 && halfInRelationship(facts, t, pair, used)) {
            // "NATO and Indo-Pacific Partners will meet, along with the European Union, to discuss ... the
            // relationship between Russia and the DPRK": the relationship discussed is a topic, not a side
            s.drop("party", "party.topic_relationship", facts, t);
            return false;
        }
        if (pair.isEmpty() && !anaphoric && !bothSidesNamed(facts)) {
            // "I can speak to what the President ...": no party named and none referred back to
            s.drop("party", unreferred != null ? unreferred : "party.none_named", facts, t);
            return false;
        }
        if (pair.size() < 2) {
            boolean toFocus = (cue && !conflictFocus || (pair.size() == 1 && unplacedSubject(facts, t)))
                    && focus != null && focus.containsAll(pair);
            String others = toFocus ? othersThanFocus(facts, t, r.triggers, focus) : null;
            if (others != null) {
                s.drop("party", others, facts, t);
                return false;
            }
            ActorMention holder = !toFocus && pair.size() == 1 && EventKinds.isEncounter(t.trigger().type())
                    && partnerAfter(facts, t, used) ? officeHolder(s, facts, t) : null;
            if (toFocus) {
                pair = focus;
                fromFocus = true;
                partyRule = cue ? "party.reference_to_focus" : "party.unplaced_subject";
            } else if (holder != null && !holder.country().equals(pair.get(0))) {
                // "the President will also have a bilateral meeting with President El-Sisi of Egypt" in a briefing
                // on "President Biden's Trip": the office stands for the official the article names with it most
                pair = List.of(holder.country(), pair.get(0));
                partyRule = "party.office_holder";
            } else {
                String host = pair.size() == 1 ? hostCountry(facts, t, pair, used) : null;
                if (host == null) {
                    s.drop("party", unreferred != null && focus.containsAll(pair) ? unreferred : "party.one_side",
                            facts, t);
                    return false;
                }
                pair = List.of(pair.get(0), host);
                partyRule = "party.host_country";
            }
        } else if (!anaphoric && acting == null && guards.coordinatedObjects(facts, t, used)) {
            // "I have talked with the President of Mexico, the President of Guatemala": each is the
            // unnamed speaker's partner, not the other's
            s.drop("party", "party.coordinated_objects", facts, t);
            s.gathered.addAll(used);
            return false;
        } else if (!anaphoric && acting == null && !used.isEmpty() && s.gathered.containsAll(used)) {
            // "meet with our fellow Quad partners, Australia and India, ... and our second time meeting together":
            // the same list again, no pair
            s.drop("party", "party.list_restated", facts, t);
            return false;
        }
        pair = sorted(pair);
        if (guards.ownedByOthers(facts, t, pair, r.triggers)) {
            s.drop("party", "party.owned_by_third", facts, t);
            return false;
        }
        if (guards.multilateralGathering(facts, t)) {
            s.drop("party", "party.multilateral_gathering", facts, t);
            s.gathered.addAll(used);
            return false;
        }
        if (guards.countedSides(facts, t)) {
            s.drop("party", "party.counted_sides", facts, t);
            return false;
        }
        r.why.add(new Decision("party", partyRule, String.join("-", pair)));
        r.pair = pair;
        r.fromFocus = fromFocus;
        r.persons = nearestPersons(facts, t, used);
        return true;
    }

    /**
     * The first official a sentence names is the one a later "he said" or "I warn" stands for; the last two countries
     * it names together are the sides a later "both sides" stands for.
     */
    void leaveSentence(Discourse s, SentenceFacts facts) {
        for (ActorMention m : facts.actors()) {
            if (m.canBeParty() && m.kind() == ActorKind.PERSON) {
                s.officials.add(m);
                s.officialSentences.add(facts.sentence().index());
            }
        }
        List<String> together = namedTogether(facts, facts.tokens().size());
        if (together != null) {
            s.sides = together;
            s.sidesSentence = facts.sentence().index();
        }
        for (ActorMention m : facts.actors()) {
            if (m.canBeParty() && m.kind() == ActorKind.PERSON) {
                s.speaker = m;
                s.speakerSentence = facts.sentence().index();
                return;
            }
        }
    }

    /**
     * The last two countries a sentence names together before a token ("between Armenia and the Republic of
     * Azerbaijan", "the Armenia-Azerbaijan border"): the sides "both sides" may stand for.
     */
    /**
     * The countries of the last two officials of two countries named together before a token ("President Biden and
     * President Sisi"), their titles allowed between them, or null.
     */
    private List<String> officialsTogether(SentenceFacts facts, int before) {
        List<Token> tokens = facts.tokens();
        List<String> out = null;
        ActorMention previous = null;
        for (ActorMention m : facts.actors()) {
            if (!m.canBeParty() || m.token() >= before || m.kind() != ActorKind.PERSON) {
                continue;
            }
            if (previous != null && !previous.country().equals(m.country())) {
                int end = previous.tokenAfter(tokens);
                boolean joined = end < m.token() && tokens.get(end).norm().equals("and");
                for (int k = end + 1; k < m.token() && joined; k++) {
                    joined = gazetteer.isRoleAt(tokens, k) || tokens.get(k).capital();
                }
                if (joined) {
                    out = List.of(previous.country(), m.country());
                }
            }
            previous = m;
        }
        return out;
    }

    private static List<String> namedTogether(SentenceFacts facts, int before) {
        List<Token> tokens = facts.tokens();
        List<String> out = null;
        ActorMention previous = null;
        for (ActorMention m : facts.actors()) {
            if (!m.canBeParty() || m.token() >= before) {
                continue;
            }
            if (previous != null && !previous.country().equals(m.country())) {
                int end = previous.tokenAfter(tokens);
                boolean joined = end < m.token() && m.token() - end <= 2;
                for (int k = end; k < m.token() && joined; k++) {
                    String w = tokens.get(k).norm();
                    joined = w.equals("and") || w.equals("-") || w.equals("the") || w.equals(",");
                }
                if (joined) {
                    out = List.of(previous.country(), m.country());
                }
            }
            previous = m;
        }
        return out;
    }

    /**
     * After a kept trigger: the pair it names is in focus when it came from the focus, when its subject names it
     * and it shares a side with the focus, or when the headline names it.
     */
    void moveFocus(Discourse s, Reading r) {
        List<String> focus = s.focus;
        List<String> pair = r.pair;
        boolean related = focus == null || focus.contains(pair.get(0)) || focus.contains(pair.get(1));
        // "Biden welcomed ... relations with Iraq": one side of the focus acting towards a third country
        // does not make "they" mean that pair; a subject naming both sides does
        boolean shift = focus == null || pair.equals(focus) || subjectNamesBoth(r.used, r.t, pair);
        if (r.fromFocus || (hasSubject(r.used, r.t) && related && shift)
                || r.facts.sentence().field() == Span.Field.TITLE) {
            s.focusFromConflict = FRICTION.contains(r.t.trigger().type());
            s.focus = pair;
            s.focusParagraph = r.facts.sentence().paragraph();
        }
    }

    /**
     * The two countries a headline names, when it names exactly two, and not as one list of places or partners
     * after a preposition ("Visit to Panama and Colombia", "Meetings with Japan and Korea"): those are each the
     * unnamed side's, not a pair.
     */
    List<String> headlinePair(List<SentenceFacts> sentences) {
        Set<String> countries = new java.util.TreeSet<>();
        for (SentenceFacts f : sentences) {
            if (f.sentence().field() != Span.Field.TITLE) {
                continue;
            }
            List<ActorMention> named = f.actors().stream().filter(ActorMention::canBeParty).toList();
            named.forEach(m -> countries.add(m.country()));
            if (named.size() == 2 && listAfterPreposition(f, named.get(0), named.get(1))) {
                return null;
            }
        }
        return countries.size() == 2 ? List.copyOf(countries) : null;
    }

    /** "to Panama and Colombia": two places joined by "and" right after a preposition of a list. */
    private boolean listAfterPreposition(SentenceFacts facts, ActorMention first, ActorMention second) {
        List<Token> tokens = facts.tokens();
        int p = first.token() - 1;
        p -= p >= 0 && tokens.get(p).norm().equals("the") ? 1 : 0;
        int end = first.tokenAfter(tokens);
        return p >= 0 && listPrepositions.contains(tokens.get(p).norm()) && end + 1 <= second.token()
                && tokens.get(end).norm().equals("and") && second.token() - end <= 2;
    }

    /**
     * "Bitaraf told Omani Deputy Prime Minister ...": a subject named by a name the text places in no country; in
     * an article about a pair, acting towards one side, it is the other side's.
     */
    private boolean unplacedSubject(SentenceFacts facts, TriggerMatch t) {
        List<Token> tokens = facts.tokens();
        if (t.from() == 0 || t.from() > settings.unplacedSubjectWindow()) {
            return false;
        }
        for (int k = 0; k < t.from(); k++) {
            Token w = tokens.get(k);
            if (!w.capital() || gazetteer.isRoleAt(tokens, k) || facts.inTimex(w)
                    || notNames.contains(w.norm())) {
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
    private boolean anaphoricSubject(SentenceFacts facts, TriggerMatch t) {
        for (PhraseMatcher.Match<String> a : facts.anaphora()) {
            if (a.to() <= t.from() && t.from() - a.to() <= settings.anaphoraWindow()
                    && !a.value().equals("anaphora.the_event")
                    && !a.value().equals("anaphora.counterpart") && !a.value().equals("anaphora.bilateral")) {
                boolean actorBetween = false;
                for (ActorMention m : facts.actors()) {
                    if (m.canBeParty() && m.token() >= a.to() && m.token() < t.from()) {
                        actorBetween = true;
                    }
                }
                // "He claimed the meeting would focus on ...": one person speaking of the meeting, not who meets
                // ("They said the meeting was useful": the two sides speak of their own)
                boolean singular = a.to() - a.from() == 1
                        && !facts.tokens().get(a.from()).norm().equals("they");
                for (int k = a.to(); k < t.from() && t.trigger().nominal() && singular; k++) {
                    actorBetween |= speechVerbs.contains(facts.tokens().get(k).norm());
                }
                String previous = a.from() == 0 ? "," : facts.tokens().get(a.from() - 1).norm();
                if (!actorBetween && (a.from() <= settings.anaphoraOpening() || previous.equals(",")
                        || previous.equals("and"))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "As far as President Macron is concerned, the President had the opportunity to speak with him by phone": a
     * pronoun after the trigger's "with" stands for the official the sentence named before the trigger (cue
     * object_pronoun); null when there is none.
     */
    private ActorMention pronounPartner(SentenceFacts facts, TriggerMatch t) {
        int k = afterWord(facts, t, "with");
        if (k < 0 || k >= facts.tokens().size() || !objectPronouns.contains(facts.tokens().get(k).norm())) {
            return null;
        }
        ActorMention named = null;
        for (ActorMention m : facts.actors()) {
            if (m.canBeParty() && m.kind() == ActorKind.PERSON && m.token() < t.from()) {
                named = m;
            }
        }
        return named;
    }

    /** The office phrase ("the President", "the Prime Minister") that stands before the trigger as its subject. */
    private PhraseMatcher.Match<String> officePhrase(SentenceFacts facts, TriggerMatch t) {
        for (PhraseMatcher.Match<String> a : facts.anaphora()) {
            boolean office = a.value().equals("anaphora.the_office") || a.value().equals("anaphora.the_high_office");
            if (office && a.to() <= t.from() && t.from() - a.to() <= settings.anaphoraWindow()) {
                return a;
            }
        }
        return null;
    }

    private boolean officeAnaphor(SentenceFacts facts, TriggerMatch t) {
        return officePhrase(facts, t) != null;
    }

    /**
     * The official an office before the trigger stands for: "the President" after "President Biden" (in the
     * headline or the text) is the official named most often with exactly that role, the latest of equals; null when
     * none was.
     */
    private ActorMention officeHolder(Discourse s, SentenceFacts facts, TriggerMatch t) {
        PhraseMatcher.Match<String> a = officePhrase(facts, t);
        if (a == null) {
            return null;
        }
        StringBuilder office = new StringBuilder();
        for (int k = a.from() + 1; k < a.to(); k++) {
            office.append(office.length() == 0 ? "" : " ").append(facts.tokens().get(k).norm());
        }
        // "the President sat down with President Xi" in a White House briefing that named Putin last: not the last
        // one named
        Map<String, Integer> times = new HashMap<>();
        ActorMention best = null;
        int most = 0;
        for (ActorMention o : s.officials) {
            if (o.role() != null && o.role().equalsIgnoreCase(office.toString())) {
                int n = times.merge(o.name(), 1, Integer::sum);
                if (n >= most) {
                    most = n;
                    best = o;
                }
            }
        }
        return best;
    }

    /** A party named right after the trigger, no national body: "a meeting with President Lula", "travel to Ireland". */
    private boolean partnerAfter(SentenceFacts facts, TriggerMatch t, List<ActorMention> used) {
        for (ActorMention m : used) {
            // "convene key leaders across the interagency, including the State Department": one's own government
            if (m.kind() != ActorKind.BODY && m.token() >= t.to() && m.token() - t.to() <= settings.personWindow()) {
                return true;
            }
        }
        return false;
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

    /**
     * The countries on the two sides of a trigger: the subject side (before it) and the object side (after it),
     * ignoring countries that are only a topic ("talks on Ukraine") or a source, those of a quotation when the
     * trigger is outside it, and those after ", saying" that opens what the subject said. Null for a multilateral
     * event; a list of 0 or 1 codes when the sentence does not name both sides.
     */
    private List<String> parties(SentenceFacts facts, TriggerMatch t, List<ActorMention> used) {
        int clauseStart = 0;
        for (int i = t.from() - 1; i >= 0; i--) {
            String w = facts.tokens().get(i).norm();
            if (w.equals(";")) {
                clauseStart = i + 1;
                break;
            }
            if (i > 0 && relativePronouns.contains(w) && genericPlural(facts.tokens().get(i - 1))) {
                // "competitors from countries that have free trade agreements with Vietnam": the relative clause's
                // subject is the countries, none of the sides named before it
                clauseStart = i + 1;
                break;
            }
        }
        List<String> before = new ArrayList<>();
        List<String> after = new ArrayList<>();
        List<ActorMention> candidatesBefore = new ArrayList<>();
        boolean[] quoted = facts.quoted();
        boolean quotedTrigger = quoted[t.from()];
        int clauseEnd = facts.tokens().size();
        for (int k = t.to() + 1; k < facts.tokens().size(); k++) {
            if (facts.tokens().get(k - 1).norm().equals(",") && speechParticiples.contains(facts.tokens().get(k).norm())) {
                clauseEnd = k; // "pointed to Vienna talks ..., saying the American administration ...": what he said
                break;
            }
        }
        for (ActorMention m : facts.actors()) {
            if (!m.canBeParty() || topicality.topical(facts, m, t)) {
                continue;
            }
            if (!quotedTrigger && quoted[m.token()]) {
                continue; // "“I warn the U.S. president ...,” he said in the session": the quote's, not the session's
            }
            if (m.token() < t.from() && m.token() >= clauseStart) {
                candidatesBefore.add(m);
            } else if (m.token() >= t.to() && m.token() < clauseEnd) {
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
        ActorMention with = withPartner(facts, t);
        if (with != null && !candidatesBefore.isEmpty() && t.from() > 0
                && pronounSubjects.contains(facts.tokens().get(t.from() - 1).norm())
                && candidatesBefore.stream().noneMatch(m -> m.kind() == ActorKind.PERSON)) {
            // "the President spoke with the Prime Minister of Japan, he spoke with the Prime Minister of South
            // Korea": "he" is no country named before him, each the partner of another call
            return null;
        }
        if (with != null && !candidatesBefore.isEmpty()) {
            String subject = candidatesBefore.get(0).country();
            for (ActorMention m : candidatesBefore) {
                if (topicality.ownsEvent(facts, m, t)) {
                    subject = m.country(); // "negotiate an extension to Ukraine's gas transit agreement with Russia"
                }
            }
            String partner = with.country();
            if (!subject.equals(partner) && joinedCountry(facts, with, subject, partner)) {
                return null; // "coordinated his trip with France and Britain": three sides, no pair
            }
            if (!subject.equals(partner)) {
                return List.of(subject, partner);
            }
        }
        if (before.size() >= settings.multilateralCountries()) {
            return null;
        }
        for (ActorMention m : candidatesBefore) {
            List<String> others = new ArrayList<>(after);
            others.remove(m.country());
            if (topicality.ownsEvent(facts, m, t) && others.size() == 1) {
                // "Sullivan said Putin's visit to Iran was interesting": the owner's and whom it is with or
                // towards, not the speaker's
                return List.of(m.country(), others.get(0));
            }
        }
        if (before.size() == 2) {
            return before;
        }
        List<String> rest = new ArrayList<>(after);
        rest.removeAll(before);
        if (rest.size() >= settings.multilateralCountries() && before.size() == 1) {
            return null;
        }
        if (before.size() == 1) {
            return rest.isEmpty() ? before : List.of(before.get(0), rest.get(0));
        }
        if (after.size() >= settings.multilateralCountries()) {
            return null;
        }
        return after;
    }

    /** A lower-case plural noun ("countries", "regimes", "partners"): a group no one country is. */
    private static boolean genericPlural(Token t) {
        String w = t.norm();
        return !t.capital() && w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")
                && Character.isLetter(w.charAt(0));
    }

    /**
     * Whether "and" or a comma joins a further country to the partner "with" names: "with France and Britain",
     * "call with President Macron of France, then-Chancellor Merkel of Germany, ...".
     */
    private boolean joinedCountry(SentenceFacts facts, ActorMention with, String subject, String partner) {
        List<Token> tokens = facts.tokens();
        int k = facts.tokenAt(with.end());
        if (k >= tokens.size() || !tokens.get(k).norm().equals("and") && !tokens.get(k).norm().equals(",")) {
            return false;
        }
        int j = k + 1;
        while (j < tokens.size() && formerTitles.contains(tokens.get(j).norm())) {
            j++; // "then-Chancellor Merkel"
        }
        ActorMention joined = partyAt(facts, j);
        return joined != null && !joined.country().equals(subject) && !joined.country().equals(partner);
    }

    /** The party named at a token, after a "the" there: "with the United States", "and Britain", "the King of Jordan". */
    private ActorMention partyAt(SentenceFacts facts, int k) {
        List<Token> tokens = facts.tokens();
        if (k < tokens.size() && tokens.get(k).norm().equals("the")) {
            k++;
        }
        ActorMention at = partyMentionAt(facts, k);
        if (at != null) {
            return at;
        }
        // "meeting with the King of Jordan", "with the Prime Minister of Japan", "with the President-elect of
        // Indonesia": a title names whose it is after "of"
        for (int j = k, suffix = 0; j < tokens.size() - 1 && j <= k + 3 + suffix; j++) {
            if (tokens.get(j).norm().equals("of")) {
                int c = tokens.get(j + 1).norm().equals("the") ? j + 2 : j + 1;
                return j > k ? partyMentionAt(facts, c) : null;
            }
            if (j > k && tokens.get(j).norm().equals("-") && roleSuffixes.contains(tokens.get(j + 1).norm())) {
                j++;
                suffix = 2;
                continue;
            }
            if (!tokens.get(j).capital()) {
                return null;
            }
        }
        return null;
    }

    private static ActorMention partyMentionAt(SentenceFacts facts, int k) {
        for (ActorMention m : facts.actors()) {
            if (m.token() == k && m.canBeParty()) {
                return m;
            }
        }
        return null;
    }

    /**
     * Whether exactly one of a pair is one of the two countries that "relationship between A and B" (or ties,
     * cooperation, ...) names after the trigger: that country is what is talked about, and the other no side of it.
     */
    private boolean halfInRelationship(SentenceFacts facts, TriggerMatch t, List<String> pair,
                                       List<ActorMention> used) {
        List<Token> tokens = facts.tokens();
        for (int k = t.to(); k + 1 < tokens.size(); k++) {
            if (!relationNouns.contains(tokens.get(k).norm()) || !tokens.get(k + 1).norm().equals("between")) {
                continue;
            }
            int from = k + 2;
            int to = k + 1 + settings.topicPhraseWindow();
            Set<String> sides = new java.util.HashSet<>();
            for (ActorMention m : facts.actors()) {
                if (m.canBeParty() && m.token() >= from && m.token() <= to) {
                    sides.add(m.country());
                }
            }
            // one side named only inside the phrase, the other not of it: "with Saudi Arabia ... the normalization
            // of relations between Saudi Arabia and Israel" names Saudi Arabia as a side outside it too
            int onlyInside = 0;
            for (String c : pair) {
                List<ActorMention> of = used.stream().filter(m -> m.country().equals(c)).toList();
                onlyInside += !of.isEmpty() && of.stream().allMatch(m -> m.token() >= from && m.token() <= to)
                        ? 1 : 0;
            }
            if (sides.size() == 2 && onlyInside == 1 && !sides.containsAll(pair)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Sullivan's call with Nordic Counterparts", "a call with Ambassadors of European Allies", "to call for
     * Republicans and Democrats to work together": the trigger's "with" (or "for", "on") names several partners that
     * no country places, or the state's own politicians, so no pair in focus stands for them.
     */
    private boolean pluralPartners(SentenceFacts facts, TriggerMatch t) {
        List<Token> tokens = facts.tokens();
        int k = afterWord(facts, t, "with", "for", "on");
        if (k < 0) {
            return false;
        }
        for (int j = k; j < tokens.size() && j <= k + settings.partnerPhraseWindow(); j++) {
            int at = j;
            if (facts.actors().stream().anyMatch(m -> m.canBeParty() && m.token() == at)) {
                return false; // "with Chinese counterparts": the country places them
            }
            if (pluralPartnerNouns.contains(tokens.get(j).norm()) || domesticPartners.contains(tokens.get(j).norm())) {
                return true; // "meet with members of Congress who are here at the summit": the speaker's own side
            }
        }
        return false;
    }

    /**
     * "the agreement he reached with Swedish Prime Minister Kristersson": a nominal agreement whose relative clause
     * has a pronoun reach, sign or conclude it "with" a party; its sides are that party and the official the pronoun
     * stands for, the last one named before the agreement. Null when the sentence says no such thing.
     */
    private List<String> reachedWith(SentenceFacts facts, TriggerMatch t, List<ActorMention> used) {
        if (t.trigger().type() != EventType.AGREEMENT || !t.trigger().nominal()) {
            return null;
        }
        List<Token> tokens = facts.tokens();
        int k = t.to();
        k += k < tokens.size() && relativePronouns.contains(tokens.get(k).norm()) ? 1 : 0;
        if (k + 2 >= tokens.size() || !pronounSubjects.contains(tokens.get(k).norm())
                || !realiseWords.contains(tokens.get(k + 1).norm()) || !tokens.get(k + 2).norm().equals("with")) {
            return null;
        }
        ActorMention partner = partyAt(facts, k + 3);
        ActorMention referent = null;
        for (ActorMention m : facts.actors()) {
            if (m.canBeParty() && m.kind() == ActorKind.PERSON && m.token() < t.from()) {
                referent = m;
            }
        }
        if (partner == null || referent == null || partner.country().equals(referent.country())) {
            return null;
        }
        used.clear();
        used.add(referent);
        used.add(partner);
        return sorted(List.of(referent.country(), partner.country()));
    }

    /**
     * The rule that gives a trigger referring back to the pair in focus to others, or null: "he's going to have that
     * Quad meeting today, where he's going to be meeting with the leaders" (the grouping's meeting before it: {@code
     * party.owned_by_third}); "the steps that other G7 members are taking", "a call with Nordic Counterparts",
     * "meet with members of Congress" (a grouping's members, or partners no country places: {@code
     * party.group_members}).
     */
    private String othersThanFocus(SentenceFacts facts, TriggerMatch t, List<TriggerMatch> all, List<String> focus) {
        if (gatheringBeside(facts, t, all, focus)) {
            return "party.owned_by_third";
        }
        return groupMembers(facts) || pluralPartners(facts, t) ? "party.group_members" : null;
    }

    /** Whether the sentence opens with "Both officials", "The two sides", "The leaders" before the trigger. */
    private static boolean bothSidesOpen(SentenceFacts facts, TriggerMatch t) {
        for (PhraseMatcher.Match<String> a : facts.anaphora()) {
            boolean twoSides = a.value().equals("anaphora.two_sides") || a.value().equals("anaphora.the_leaders")
                    || a.value().equals("anaphora.the_two");
            if (twoSides && a.from() == EventDating.afterSpeakerLabel(facts) && a.to() <= t.from()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a trigger of the same type before this one in the sentence is a grouping's ("that Quad meeting today,
     * where he's going to be meeting with the leaders"); one after it is another event ("They also met in Malta ...
     * to prepare for the Woodside summit").
     */
    private boolean gatheringBeside(SentenceFacts facts, TriggerMatch t, List<TriggerMatch> all, List<String> pair) {
        for (TriggerMatch o : all) {
            if (o != t && o.to() <= t.from() && o.trigger().type() == t.trigger().type() && o.trigger().nominal()
                    && guards.ownedByOthers(facts, o, pair, all)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "other G7 members", "fellow NATO allies", "G7 leaders": a grouping's members named as the partners (cues
     * group_qualifier, group_member).
     */
    private boolean groupMembers(SentenceFacts facts) {
        List<Token> tokens = facts.tokens();
        for (int k = 0; k + 1 < tokens.size(); k++) {
            // "President Biden and G7 leaders will announce": the grouping's members, named by what they are
            int end = gazetteer.multilateralEnd(tokens, k);
            if (end > 0 && end < tokens.size() && groupMemberNouns.contains(tokens.get(end).norm())) {
                return true;
            }
            if (!groupQualifiers.contains(tokens.get(k).norm())) {
                continue;
            }
            for (int j = k + 1; j < tokens.size() && j <= k + 2; j++) {
                if (gazetteer.isMultilateralAt(tokens, j)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "We have already imposed", "I spoke with": a first person before the trigger, within its clause. */
    private boolean firstPersonSubject(SentenceFacts facts, TriggerMatch t) {
        List<Token> tokens = facts.tokens();
        for (int k = t.from() - 1; k >= 0 && k >= t.from() - settings.pronounReach(); k--) {
            String w = tokens.get(k).norm();
            if (firstPerson.contains(w)) {
                return true;
            }
            if (w.equals(",") || w.equals(";") || w.equals(":")) {
                return false;
            }
        }
        return false;
    }

    /** "travel to Wilmington, Delaware", "return to Texas": a destination a U.S. state's name places. */
    private boolean usPlaceDestination(SentenceFacts facts, TriggerMatch t) {
        List<Token> tokens = facts.tokens();
        int k = afterWord(facts, t, "to", "in");
        if (k < 0) {
            return false;
        }
        for (int j = k; j < tokens.size() && j <= k + 3; j++) {
            Token w = tokens.get(j);
            if (!w.capital() && !w.norm().equals(",")) {
                return false;
            }
            if (w.capital() && gazetteer.isUsState(w) && (j == k || tokens.get(j - 1).norm().equals(","))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "visited students at Eliot-Hine Middle School in Washington, D.C.": what the visit went to lies "in" a U.S.
     * state, named within visit_object_window words after the trigger and before any country or comma.
     */
    private boolean usPlaceInObject(SentenceFacts facts, TriggerMatch t) {
        List<Token> tokens = facts.tokens();
        for (int j = t.to(); j + 1 < tokens.size() && j - t.to() < settings.visitObjectWindow(); j++) {
            String w = tokens.get(j).norm();
            ActorMention m = partyAt(facts, j);
            if (w.equals(",") || w.equals(";") || m != null && m.kind() != ActorKind.PERSON) {
                return false;
            }
            if (w.equals("in") && gazetteer.isUsState(tokens.get(j + 1))) {
                return true;
            }
        }
        return false;
    }

    /** "arrive in Cambodia", "travel to Poland": the country named right after the trigger, outside the focus. */
    private ActorMention destinationOutside(SentenceFacts facts, TriggerMatch t, List<String> focus) {
        int k = afterWord(facts, t, "to", "in");
        if (k < 0) {
            return null;
        }
        ActorMention m = partyAt(facts, k);
        return m != null && m.kind() != ActorKind.PERSON && !focus.contains(m.country()) ? m : null;
    }

    /** "a joint agreement with China", "met with Zarepour": the party named right after the trigger's "with". */
    private ActorMention withPartner(SentenceFacts facts, TriggerMatch t) {
        int k = afterWord(facts, t, "with");
        return k < 0 ? null : partyAt(facts, k);
    }

    /**
     * The token after a trigger that ends in one of these words ("met with", "arrive in") or after such a word right
     * behind it ("a call with", "travel to"); -1 when there is none.
     */
    private static int afterWord(SentenceFacts facts, TriggerMatch t, String... words) {
        List<Token> tokens = facts.tokens();
        List<String> these = List.of(words);
        if (these.contains(tokens.get(t.to() - 1).norm())) {
            return t.to();
        }
        return t.to() < tokens.size() && these.contains(tokens.get(t.to()).norm()) ? t.to() + 1 : -1;
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
     * Whether the sentence refers back to the pair in focus near this trigger: "they", "the two sides" anywhere
     * in it, "bilateral" only next to the trigger ("bilateral talks", not "our bilateral trade relationships").
     */
    private boolean refersBack(SentenceFacts facts, TriggerMatch t) {
        for (PhraseMatcher.Match<String> a : facts.anaphora()) {
            if (!a.value().equals("anaphora.bilateral")) {
                return true;
            }
            if (a.to() <= t.from() ? t.from() - a.to() <= settings.bilateralReach()
                    : a.from() - t.to() <= settings.bilateralReach()) {
                return true;
            }
        }
        return false;
    }

    /**
     * For a meeting or visit whose subject names one side, the country it took place in is the other side: "Zarif
     * held talks in Muscat". Not a country far after the trigger, where "in" places something else ("talks, he
     * would stress ... its influence in Syria"), nor when the named side is neither its subject nor its partner
     * ("The meeting took place ... before Trump's inauguration in the Seychelles": who met is not told).
     */
    private String hostCountry(SentenceFacts facts, TriggerMatch t, List<String> known, List<ActorMention> used) {
        EventType type = t.trigger().type();
        if (known.size() != 1 || !(type == EventType.MEETING || type == EventType.VISIT)) {
            return null;
        }
        List<Token> tokens = facts.tokens();
        boolean named = used.stream().anyMatch(m -> m.country().equals(known.get(0)) && (m.token() < t.from()
                || m.token() > 1 && tokens.get(m.token() - 1).norm().equals("with")
                || m.token() > 2 && tokens.get(m.token() - 1).norm().equals("the")
                && tokens.get(m.token() - 2).norm().equals("with")));
        if (!named) {
            return null; // the subject or the partner "with" names a side
        }
        for (ActorMention m : facts.actors()) {
            if ((m.kind() == ActorKind.CAPITAL || m.kind() == ActorKind.COUNTRY) && !m.dateline() && !m.source()
                    && m.token() > 0 && facts.tokens().get(m.token() - 1).norm().equals("in")
                    && !m.country().equals(known.get(0)) && m.token() > t.from()
                    && m.token() - t.to() <= settings.hostWindow()) {
                return m.country();
            }
        }
        return null;
    }

    static String location(SentenceFacts facts) {
        for (ActorMention m : facts.actors()) {
            if ((m.kind() == ActorKind.CAPITAL || m.kind() == ActorKind.COUNTRY) && m.token() > 0
                    && facts.tokens().get(m.token() - 1).norm().equals("in") && !m.source()) {
                return facts.fieldText().substring(m.start(), m.end());
            }
        }
        return null;
    }
}
