package io.dyadline.extraction.event;

import io.dyadline.extraction.EventType;
import io.dyadline.extraction.actor.ActorMention;
import io.dyadline.extraction.actor.Gazetteer;
import io.dyadline.extraction.text.Token;

import java.util.List;
import java.util.Set;

/**
 * A trigger word used in another sense makes no event: "meet fifty percent of its electricity", "met this moment"
 * ({@code veto.meet_a_target}), "I agree that ...", "X and Y agree that ..." ({@code veto.opinion}), "the agreed
 * benefits" ({@code veto.adjective}), a commission whose session is the event ({@code veto.session_of_body}), an
 * agreement the reader already knows or one still sought ({@code veto.known_agreement}, {@code
 * veto.sought_agreement}), "these discussions" ({@code veto.demonstrative_reference}), "she talks about" ({@code
 * veto.speech_verb}), a verb whose object is the event ({@code veto.announces_agreement}, {@code
 * veto.agrees_to_other_event}, {@code veto.concludes_encounter}: "concluded their conversation"), a hosting verb
 * with no guest ({@code veto.no_direct_object}) and a signature under a state's own act, no agreement between two
 * ({@code veto.domestic_instrument}: "signed Executive Order"), a call that is an appeal, no telephone ({@code
 * veto.appeal}: "the call of destiny", "a call for restraint"), goods that arrive, no one visiting ({@code
 * veto.cargo_arrival}: "vaccine doses arrived in Nigeria"), and what one speaks to, no one spoken with ({@code
 * veto.speak_to_topic}: "speak to the Hajj issue"), a participle that refers to what another said ({@code
 * veto.as_reference}: "as announced by the commission"), an idiom ({@code veto.idiom}: "it was a big deal"), an
 * agreement that a meeting is about ({@code veto.topic_of_encounter}) and one who discusses his own matters with no
 * one ({@code veto.monologue}: "the president will discuss his historic decision").
 */
final class SenseVetoes {

    private final Set<String> possessives;
    private final Set<String> definiteWords;
    private final Set<String> npBoundary;
    private final Set<String> notMet;
    private final Set<String> adjectiveDeterminers;
    private final Set<String> targetDeterminers;
    private final Set<String> objectDeterminers;

    private final Gazetteer gazetteer;
    private final EventLexicon lexicon;
    private final AssemblySettings settings;

    SenseVetoes(Gazetteer gazetteer, EventLexicon lexicon, AssemblySettings settings) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
        this.possessives = lexicon.cueSet("possessive");
        this.definiteWords = lexicon.cueSet("definite");
        this.npBoundary = lexicon.cueSet("np_boundary");
        this.notMet = lexicon.cueSet("not_met");
        this.adjectiveDeterminers = lexicon.cueSet("adjective_determiner");
        this.targetDeterminers = lexicon.cueSet("target_determiner");
        this.objectDeterminers = lexicon.cueSet("object_determiner");
        this.settings = settings;
    }

    /**
     * A trigger word used in another sense: "meet fifty percent of its electricity", "meet the demand", "a bid to
     * host World Expo", "I agree that ..."; or a joint commission named as the body whose session is the event.
     */
    /** After a verb, a comma then "that" within a few words: "discussed at length, that ...", "discussed, that". */
    private boolean thatClauseAfter(List<Token> tokens, int from) {
        for (int k = from; k + 1 < tokens.size() && k < from + settings.thatClauseWindow(); k++) {
            String w = tokens.get(k).norm();
            if (w.equals(",")) {
                return tokens.get(k + 1).norm().equals("that");
            }
            if (!Character.isLetter(w.charAt(0)) || lexicon.isCue("preposition_before_object", w)
                    && !w.equals("at")) {
                return false; // "discussed with Iran, that ..." names a partner: talks
            }
        }
        return false;
    }

    String veto(SentenceFacts facts, TriggerMatch t, List<TriggerMatch> all) {
        List<Token> tokens = facts.tokens();
        boolean signsOrDeclares = t.trigger().type() == EventType.AGREEMENT
                || t.trigger().type() == EventType.ANNOUNCEMENT;
        if (signsOrDeclares && !t.trigger().nominal()) {
            int k = t.to();
            while (k < tokens.size() && k < t.to() + settings.instrumentWindow()
                    && (lexicon.isCue("instrument_gap", tokens.get(k).norm()) || tokens.get(k).capital()
                    && !lexicon.isCue("domestic_instrument", tokens.get(k).norm()))) {
                k++; // "signed an", "signed into", "signed the Inflation Reduction"
            }
            if (k < tokens.size() && lexicon.isCue("domestic_instrument", tokens.get(k).norm())) {
                return "veto.domestic_instrument"; // "signed Executive Order 13974", "declared in Executive Order"
            }
            if (enacted(tokens, t)) {
                return "veto.domestic_instrument"; // "signed historic pieces of legislation into law"
            }
        }
        if (!t.trigger().nominal() && asReference(tokens, t)) {
            return "veto.as_reference"; // "the results, as announced by the Electoral Commission": told, not done
        }
        if (idiomaticDeal(tokens, t)) {
            return "veto.idiom";
        }
        if (lexicon.needsDirectObject(t.trigger().id()) && !directObject(facts, t)) {
            return "veto.no_direct_object";
        }
        if (t.trigger().id().equals("agree.verb") && t.from() > 0
                && lexicon.isCue("opinion_subject", tokens.get(t.from() - 1).norm())) {
            return "veto.opinion";
        }
        if (t.trigger().id().equals("agree.verb") && t.to() < tokens.size() && tokens.get(t.to()).norm().equals("that")
                && lexicon.isCue("opinion_verb", tokens.get(t.to() - 1).norm())) {
            return "veto.opinion"; // "Singapore and the United States agree that the regime must ...": a view shared
        }
        if (withUnnamedOther(tokens, t)) {
            return "veto.unnamed_partner"; // "before entering into a new digital trade agreement with another country"
        }
        if (standingRate(facts, t)) {
            return "veto.standing_rate"; // "Brazil imposes an 18% tariff on U.S. ethanol": what it charges, no act
        }
        if (t.trigger().id().equals("visit.travel") && t.from() > 0
                && lexicon.isCue("travel_topic", tokens.get(t.from() - 1).norm())) {
            return "veto.travel_in_general"; // "the administration's policy on travel to Iran": no one's trip
        }
        if (t.trigger().id().equals("agree.verb") && agreedValue(tokens, t.to())) {
            return "veto.opinion"; // "They agreed on the importance of prosperity": a view shared, no agreement
        }
        if (t.trigger().type() == EventType.CALL && t.trigger().nominal() && t.from() > 0
                && lexicon.isCue("briefing_call", tokens.get(t.from() - 1).norm())) {
            return "veto.press_call"; // "Background Press Call by Senior Administration Officials on ...": reporters
        }
        if (t.trigger().type() == EventType.WORKING_GROUP && t.trigger().nominal() && sessionOf(facts, t, all)) {
            return "veto.session_of_body";
        }
        if (t.trigger().type() == EventType.AGREEMENT && !t.trigger().nominal() && t.from() > 0
                && adjectiveDeterminers.contains(tokens.get(t.from() - 1).norm())) {
            return "veto.adjective"; // "the agreed benefits", "a signed copy"
        }
        if (t.trigger().type() == EventType.CALL && t.trigger().nominal() && t.to() + 1 < tokens.size()
                && lexicon.isCue("appeal_preposition", tokens.get(t.to()).norm())) {
            int k = t.to() + 1;
            if (k + 1 < tokens.size() && objectDeterminers.contains(tokens.get(k).norm())) {
                k++;
            }
            if (!tokens.get(k).capital() && Character.isLetter(tokens.get(k).norm().charAt(0))) {
                return "veto.appeal"; // "the call of destiny", "a call for restraint", "a Call to Action": no phone
            }
        }
        if (t.trigger().type() == EventType.CALL && !t.trigger().nominal() && t.to() < tokens.size()
                && tokens.get(t.to() - 1).norm().equals("to")) {
            int k = t.to();
            boolean determiner = k + 1 < tokens.size() && objectDeterminers.contains(tokens.get(k).norm());
            k += determiner ? 1 : 0;
            Token w = tokens.get(k);
            int at = k;
            boolean actor = facts.actors().stream().anyMatch(m -> m.token() == at);
            // a name without "the" may be a person the lexicons do not know ("spoke to Zadboum")
            if ((!w.capital() || determiner && !actor) && Character.isLetter(w.norm().charAt(0))
                    && !gazetteer.isRoleAt(tokens, k) && !lexicon.isCue("speech_partner", w.norm())) {
                return "veto.speak_to_topic"; // "I'll let the Saudis speak to the Hajj issue", "speak to what"
            }
        }
        if (t.trigger().id().equals("agree.conclude") && t.to() + 1 < tokens.size()) {
            int k = t.to();
            k += objectDeterminers.contains(tokens.get(k).norm()) ? 1 : 0;
            if (lexicon.isCue("concluded_encounter", tokens.get(k).norm())) {
                return "veto.concludes_encounter"; // "the two concluded their conversation": the call ended
            }
        }
        if (t.trigger().type() == EventType.VISIT && !t.trigger().nominal()) {
            for (int k = t.from() - 1; k >= 0 && k >= t.from() - settings.cargoWindow(); k--) {
                Token w = tokens.get(k);
                if (w.capital() && k > 0 || npBoundary.contains(w.norm()) && !w.norm().equals("of")
                        && !lexicon.isCue("pronoun_gap", w.norm()) && !lexicon.isCue("relative_pronoun", w.norm())) {
                    break; // a name is who travels; a boundary ends the subject
                }
                if (lexicon.isCue("cargo", w.norm())) {
                    return "veto.cargo_arrival"; // "six air shipments ..., five of which have already arrived in India"
                }
            }
        }
        if (lexicon.isCue("topic_verb", tokens.get(t.from()).norm()) && t.to() < tokens.size()
                && lexicon.isCue("own_possessive", tokens.get(t.to()).norm()) && !withAfter(tokens, t)) {
            return "veto.monologue"; // "Tonight, the president will discuss his historic decision": a speech
        }
        if (!t.trigger().nominal() && lexicon.isCue("topic_verb", tokens.get(t.from()).norm())
                && thatClauseAfter(tokens, t.to())) {
            return "veto.monologue"; // "we've discussed at length, that the true path ...": what is said, not talks
        }
        if (topicOfEncounter(facts, t, all)) {
            return "veto.topic_of_encounter"; // "the focus of the meeting ... is going to be about the hostage deal"
        }
        if (knownAgreement(facts, t, all)) {
            return "veto.known_agreement";
        }
        if (soughtAgreement(facts, t)) {
            return "veto.sought_agreement";
        }
        if (t.trigger().nominal() && t.from() > 0 && t.to() - t.from() == 1
                && lexicon.isCue("speech_noun", tokens.get(t.from()).norm())
                && lexicon.isCue("pronoun_subject", tokens.get(t.from() - 1).norm())) {
            return "veto.speech_verb"; // "she talks about the latest escalation": she speaks, no one meets
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
                    && o.from() >= t.to() && o.from() - t.to() <= settings.objectEventWindow();
            boolean agreesTo = t.trigger().id().equals("agree.verb") && t.to() < tokens.size()
                    && tokens.get(t.to()).norm().equals("to") && o != t && o.from() > t.to()
                    && o.from() - t.to() <= settings.objectEventWindow() && o.trigger().type() != EventType.AGREEMENT;
            if (announcesAgreement) {
                return "veto.announces_agreement";
            }
            if (agreesTo) {
                return "veto.agrees_to_other_event";
            }
        }
        // "in meeting the challenges Bangladesh faces": the noun's form read as a gerund after a preposition
        boolean gerund = t.trigger().id().equals("meet.noun") && t.to() - t.from() == 1 && t.from() > 0
                && tokens.get(t.from()).norm().equals("meeting")
                && lexicon.isCue("gerund_preposition", tokens.get(t.from() - 1).norm());
        if (!t.trigger().id().equals("meet.verb") && !gerund || t.to() >= facts.tokens().size()) {
            return null;
        }
        Token next = facts.tokens().get(t.to());
        boolean quantity = Character.isDigit(next.norm().charAt(0)) || notMet.contains(next.norm());
        // "meet the challenges", "meet its 2030 decarbonization goals": a target at the end of the object's phrase,
        // before any name (a name is whom one meets)
        for (int k = t.to(); !quantity && k < tokens.size() && k < t.to() + settings.metTargetWindow(); k++) {
            Token w = tokens.get(k);
            if (w.capital() || npBoundary.contains(w.norm()) && !targetDeterminers.contains(w.norm())
                    && !possessives.contains(w.norm())) {
                break;
            }
            quantity = notMet.contains(w.norm());
        }
        return quantity ? "veto.meet_a_target" : null;
    }

    /**
     * An agreement "with another country", "with any third party", "with other countries": a partner the text does
     * not name, so not the pair's (cue unnamed_other after "with", then a word of states, cue counted_side or party).
     */
    private boolean withUnnamedOther(List<Token> tokens, TriggerMatch t) {
        if (t.trigger().type() != EventType.AGREEMENT || !t.trigger().nominal()) {
            return false;
        }
        int k = t.to();
        if (k + 2 >= tokens.size() || !tokens.get(k).norm().equals("with")) {
            return false;
        }
        int w = k + 1;
        while (w < tokens.size() && w <= k + 3 && lexicon.isCue("unnamed_other", tokens.get(w).norm())) {
            w++;
        }
        return w > k + 1 && w < tokens.size() && lexicon.isCue("unnamed_party", tokens.get(w).norm());
    }

    /**
     * An undated sanction verb in the present ("imposes", not "imposed") of the body with a rate after it ("an 18%
     * tariff"): a tariff a country charges, not one imposed now (a headline's present is news, and is left alone).
     */
    private boolean standingRate(SentenceFacts facts, TriggerMatch t) {
        List<Token> tokens = facts.tokens();
        String verb = tokens.get(t.from()).norm();
        if (t.trigger().type() != EventType.SANCTION || t.trigger().nominal() || !facts.timexes().isEmpty()
                || facts.sentence().field() != io.dyadline.extraction.Span.Field.TEXT || !verb.endsWith("s")
                || verb.endsWith("ss")) {
            return false;
        }
        for (int k = t.to(); k < tokens.size() && k < t.to() + settings.rateWindow(); k++) {
            if (lexicon.isCue("rate_word", tokens.get(k).norm())) {
                return true;
            }
        }
        return false;
    }

    /** "agreed on the importance of", "agreed upon the need to": after "on" and "the", a word of value (cue). */
    private boolean agreedValue(List<Token> tokens, int k) {
        if (k + 2 >= tokens.size() || !(tokens.get(k).norm().equals("on") || tokens.get(k).norm().equals("upon"))) {
            return false;
        }
        int w = tokens.get(k + 1).norm().equals("the") ? k + 2 : k + 1;
        return lexicon.isCue("agreed_value", tokens.get(w).norm());
    }

    /**
     * "as announced by the commission", "as I've told Xi Jinping several years ago": "as" right before the verb, or
     * before its pronoun subject and auxiliaries, refers to what was said or done, not "as well as".
     */
    private boolean asReference(List<Token> tokens, TriggerMatch t) {
        for (int k = t.from() - 1; k >= 1 && k >= t.from() - settings.asReferenceWindow(); k--) {
            String w = tokens.get(k).norm();
            if (lexicon.isCue("reference_as", w)) {
                return !tokens.get(k - 1).norm().equals("well") && !tokens.get(k - 1).norm().equals("such");
            }
            if (!lexicon.isCue("as_gap", w)) {
                return false;
            }
        }
        return false;
    }

    /**
     * "it was a big deal", "a great deal of work" (no partner after it) and "the best way to deal with this broken
     * system" (the verb after a verb marker): the word "deal" alone, no bargain struck.
     */
    private boolean idiomaticDeal(List<Token> tokens, TriggerMatch t) {
        if (t.trigger().type() != EventType.AGREEMENT || !t.trigger().nominal() || t.to() - t.from() != 1
                || t.from() == 0 || !lexicon.isCue("idiom_deal", tokens.get(t.from()).norm())) {
            return false;
        }
        String before = tokens.get(t.from() - 1).norm();
        if (lexicon.isCue("verb_marker", before)) {
            return true;
        }
        return t.from() > 1 && lexicon.isCue("idiom_adjective", before)
                && lexicon.isCue("article", tokens.get(t.from() - 2).norm())
                && (t.to() >= tokens.size() || !lexicon.isCue("deal_partner", tokens.get(t.to()).norm()));
    }

    /** Whether "with" follows the trigger in its sentence: "discuss his plans with Macron" names a partner. */
    private static boolean withAfter(List<Token> tokens, TriggerMatch t) {
        for (int k = t.to(); k < tokens.size(); k++) {
            if (tokens.get(k).norm().equals("with")) {
                return true;
            }
        }
        return false;
    }

    /** "Signed ... into law" within the instrument window, before the clause ends: a state's own act. */
    private boolean enacted(List<Token> tokens, TriggerMatch t) {
        for (int k = t.to(); k + 1 < tokens.size() && k < t.to() + settings.instrumentWindow() + 2; k++) {
            String w = tokens.get(k).norm();
            if (lexicon.isCue("clause_break", w) || w.equals(".")) {
                return false;
            }
            if (lexicon.isCue("enactment_preposition", w)
                    && lexicon.isCue("domestic_instrument", tokens.get(k + 1).norm())) {
                return true;
            }
        }
        return false;
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
        for (int k = t.from() - 1; k >= 0 && k >= t.from() - 2; k--) {
            if (lexicon.isCue("existing", tokens.get(k).norm())) {
                return true; // "pre-existing trade agreements like the USMCA", "the previous deal": told before
            }
        }
        boolean definite = false;
        int reach = settings.definiteWindow();
        for (int k = t.from() - 1; k >= 0 && k >= t.from() - reach; k--) {
            String w = tokens.get(k).norm();
            if (tokens.get(k).capital() && k > 0 || w.equals("/") || namePart(tokens, k)) {
                reach++; // "the Belfast/Good Friday Agreement", "the 2023 U.S.-Japan Framework Agreement": one name
                continue;
            }
            if (definiteWords.contains(w) || possessives.contains(w)) {
                definite = true; // "the agreement", "their trade deal": one the reader already knows
                if (background(tokens, k)) {
                    return true; // "building on the 2023 U.S.-Japan Framework Agreement": what it rests on
                }
                break;
            }
            if (w.equals("a") || w.equals("an") || npBoundary.contains(w)) {
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
        for (int k = 0; k < tokens.size(); k++) {
            // a capitalised word inside the sentence is a name's: "NATO's Open Door policy" opens nothing
            if (lexicon.isCue("realise", tokens.get(k).norm()) && !(k > 0 && tokens.get(k).capital())) {
                return false;
            }
        }
        return true;
    }

    /** A hyphen or the stop of an initial inside a name ("U.S.-Japan"), or the year before it ("the 2023 ..."). */
    private static boolean namePart(List<Token> tokens, int k) {
        String w = tokens.get(k).norm();
        boolean afterCapital = k > 0 && tokens.get(k - 1).capital();
        boolean initial = afterCapital && tokens.get(k - 1).norm().length() == 1;
        return w.equals("-") && afterCapital || w.equals(".") && initial
                || w.length() == 4 && Character.isDigit(w.charAt(0)) && w.chars().allMatch(Character::isDigit);
    }

    /**
     * "building on the ... agreement", "under the agreement", "pursuant to the Accords", "their commitment to the
     * Agreement", "the anniversary of the treaty": before the determiner of an agreement's phrase, words that make
     * it what a new act rests on or keeps to (cues basis_head and basis_link).
     */
    private boolean background(List<Token> tokens, int determiner) {
        if (determiner < 1) {
            return false;
        }
        String link = tokens.get(determiner - 1).norm();
        if (link.equals("under")) {
            return true;
        }
        return determiner >= 2 && lexicon.isCue("basis_link", link)
                && lexicon.isCue("basis_head", tokens.get(determiner - 2).norm());
    }

    /**
     * "the meeting ... is going to be about the ceasefire and hostage deal", "a call regarding a possible deal": an
     * agreement that a meeting or call before it in the sentence is about is its topic, not one made.
     */
    private boolean topicOfEncounter(SentenceFacts facts, TriggerMatch t, List<TriggerMatch> all) {
        if (t.trigger().type() != EventType.AGREEMENT || !t.trigger().nominal()) {
            return false;
        }
        List<Token> tokens = facts.tokens();
        int about = -1;
        for (int k = t.from() - 1; k >= 0 && k >= t.from() - settings.encounterTopicWindow(); k--) {
            Token w = tokens.get(k);
            if (lexicon.isCue("encounter_topic", w.norm())) {
                about = k;
                break;
            }
            int at = k;
            boolean coordinated = all.stream().anyMatch(o -> o.from() <= at && at < o.to()
                    && o.trigger().type() == EventType.AGREEMENT && o.trigger().nominal());
            if (w.capital() || !Character.isLetter(w.norm().charAt(0)) || facts.inTrigger(k) && !coordinated) {
                return false; // "about the ceasefire and hostage deal": one agreement's words are the other's
            }
        }
        for (TriggerMatch o : all) {
            boolean encounter = o.trigger().type() == EventType.MEETING || o.trigger().type() == EventType.CALL;
            if (about >= 0 && encounter && o.to() <= about) {
                return true;
            }
        }
        return false;
    }

    /**
     * "efforts to secure a ceasefire and hostage deal", "work toward an agreement": an agreement that is the goal
     * of an effort is not yet made.
     */
    private boolean soughtAgreement(SentenceFacts facts, TriggerMatch t) {
        List<Token> tokens = facts.tokens();
        // "try to get him to agree to a peace agreement": an infinitive of agreeing sought, as the noun is
        boolean infinitive = !t.trigger().nominal() && t.from() > 0 && tokens.get(t.from() - 1).norm().equals("to");
        if (t.trigger().type() != EventType.AGREEMENT || !t.trigger().nominal() && !infinitive) {
            return false;
        }
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
        if (k < tokens.size() && objectDeterminers.contains(tokens.get(k).norm())) {
            k++;
        }
        for (ActorMention m : facts.actors()) {
            int after = facts.tokenAt(m.end());
            // "The State of Qatar has hosted United States forces": the country's troops, not its government
            boolean ofThings = after < tokens.size() && lexicon.isCue("object_thing", tokens.get(after).norm());
            if (m.canBeParty() && m.token() == k && !ofThings) {
                return true;
            }
        }
        return k < tokens.size() && gazetteer.isRoleAt(tokens, k);
    }

    /**
     * "The 17th session of the Joint Economic Commission", "the joint commission meets", "the Joint Economic
     * Committee meeting": the commission is who meets, not a body formed.
     */
    private boolean sessionOf(SentenceFacts facts, TriggerMatch wg, List<TriggerMatch> all) {
        List<Token> tokens = facts.tokens();
        for (TriggerMatch e : all) {
            if (!EventKinds.isEncounter(e.trigger().type())) {
                continue;
            }
            if (e.trigger().nominal() && e.from() == wg.to()) {
                return true; // "the 13th Joint Economic Committee meeting": the committee's session
            }
            if (e.trigger().nominal() && e.to() <= wg.from() && wg.from() - e.to() <= settings.sessionWindow()) {
                for (int k = e.to(); k < wg.from(); k++) {
                    if (tokens.get(k).norm().equals("of")) {
                        return true;
                    }
                }
            }
            if (!e.trigger().nominal() && e.from() >= wg.to() && e.from() - wg.to() <= settings.sessionNameWindow()) {
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
}
