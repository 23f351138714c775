package io.dyadline.extraction.event;

import io.dyadline.extraction.EventType;
import io.dyadline.extraction.actor.ActorKind;
import io.dyadline.extraction.actor.ActorMention;
import io.dyadline.extraction.actor.Gazetteer;
import io.dyadline.extraction.text.Token;

import java.util.List;
import java.util.Set;

import static io.dyadline.extraction.event.EventKinds.FRICTION;

/**
 * Whether a country a sentence names is only what an event is about ("talks on Ukraine", "Russian companies", "the
 * Minsk agreements") rather than one of its parties. It drops nothing itself: the party stages ({@link
 * PartyResolver}, {@link ActParties}, {@link PairGuards}) ask it which mentions can be parties.
 */
final class Topicality {

    private final Set<String> topicPrepositions;
    private final Set<String> targetPrepositions;

    private final Gazetteer gazetteer;
    private final EventLexicon lexicon;
    private final AssemblySettings settings;

    Topicality(Gazetteer gazetteer, EventLexicon lexicon, AssemblySettings settings) {
        this.settings = settings;
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
        this.topicPrepositions = lexicon.cueSet("topic_preposition");
        this.targetPrepositions = lexicon.cueSet("target_preposition");
    }

    /**
     * A country after a place and a comma, the place after a preposition of location: "in Arizona and Sonora,
     * Mexico", "near Aleppo, Syria"; a month or weekday is no place ("In May, the United States and Mexico"), and a
     * place that opens the sentence is where the sentence happens ("In Tehran, Iran and Iraq signed").
     */
    private boolean placeBefore(List<Token> tokens, int k) {
        if (k < 2 || !tokens.get(k - 1).norm().equals(",") || !tokens.get(k - 2).capital()) {
            return false;
        }
        for (int j = k - 2; j >= 0 && k - j <= settings.placeWindow(); j--) {
            Token w = tokens.get(j);
            if (lexicon.isCue("place_preposition", w.norm())) {
                return j < k - 2 && j > 0; // "In Tehran, Iran and Iraq signed": a sentence's opening, not an address
            }
            if (lexicon.isCue("calendar_name", w.norm())) {
                return false;
            }
            if (!w.capital() && !w.norm().equals("and") && !w.norm().equals("-")) {
                return false;
            }
        }
        return false;
    }

    /**
     * "comes as", "came amid", "comes after" between the trigger and a mention: what follows is the setting the news
     * is placed in, not a side of the event told before it.
     */
    private boolean contextBetween(List<Token> tokens, int from, int to) {
        for (int k = from; k + 1 < to; k++) {
            if (lexicon.isCue("context_verb", tokens.get(k).norm())
                    && lexicon.isCue("context_preposition", tokens.get(k + 1).norm())) {
                return true;
            }
        }
        return false;
    }

    /** "the President-elect of Indonesia", "Prime Minister-designate": a role with a suffix ending at {@code k}. */
    private boolean suffixedRole(List<Token> tokens, int k) {
        if (k < 2 || !lexicon.isCue("role_suffix", tokens.get(k).norm()) || !tokens.get(k - 1).norm().equals("-")) {
            return false;
        }
        for (int j = k - 2; j >= 0 && k - j <= settings.roleSuffixReach(); j--) {
            if (gazetteer.isRoleAt(tokens, j)) {
                return true;
            }
        }
        return false;
    }

    /** "than the United States", "than does the United States": the country a comparison measures by. */
    private boolean comparedWith(List<Token> tokens, int k) {
        int p = k - 1;
        if (p >= 0 && tokens.get(p).norm().equals("the")) {
            p--;
        }
        if (p >= 0 && lexicon.isCue("comparison_verb", tokens.get(p).norm())) {
            p--;
        }
        return p >= 0 && lexicon.isCue("comparison", tokens.get(p).norm());
    }

    /**
     * A topic verb ("to discuss", or the trigger itself) stands between the trigger and a mention with no "with" after
     * it, and the mention is the only country of what is discussed: "to discuss our bilateral cooperation, as well as
     * our efforts to support Ukraine". "To discuss Syria with Putin" still names whom with, and a topic naming two
     * countries ("to deepen the cooperation between the United States and Vietnam") names the pair itself.
     */
    private boolean inTopicClause(SentenceFacts facts, ActorMention m, int from) {
        List<Token> tokens = facts.tokens();
        int verb = -1;
        for (int k = m.token() - 1; k >= from && verb < 0; k--) {
            String w = tokens.get(k).norm();
            if (w.equals(";") || w.equals("with")) {
                return false;
            }
            if (lexicon.isCue("topic_verb", w)) {
                verb = k;
            }
        }
        if (verb < 0) {
            return false;
        }
        int end = verb;
        while (end < tokens.size() && !tokens.get(end).norm().equals(";")) {
            end++;
        }
        for (ActorMention o : facts.actors()) {
            if (o.token() > verb && o.token() < end && o.country() != null && !o.country().equals(m.country())
                    && o.canBeParty()) {
                return false;
            }
        }
        return true;
    }

    /** An alternative ("whether") opens between the trigger and a mention, within alternative_window words. */
    private boolean alternativeBefore(List<Token> tokens, int from, int to) {
        for (int k = to - 1; k >= from && to - k <= settings.alternativeWindow(); k--) {
            String w = tokens.get(k).norm();
            if (w.equals(";") || w.equals(".")) {
                return false;
            }
            if (lexicon.isCue("alternative", w)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a country is only what the event is about ("talks on Ukraine", "Russian companies"). */
    boolean topical(SentenceFacts facts, ActorMention m, TriggerMatch t) {
        List<Token> tokens = facts.tokens();
        int i = m.token();
        if (m.token() >= t.to() && contextBetween(tokens, t.to(), m.token())) {
            return true; // "This visit to Washington ... comes as President Putin is escalating his attacks"
        }
        if (m.kind() == ActorKind.PERSON || m.kind() == ActorKind.BODY) {
            return false;
        }
        if (ownsEvent(facts, m, t)) {
            return false; // "an extension to Ukraine's gas transit agreement with Russia": a side of it
        }
        if (Math.abs(m.token() - t.from()) <= settings.compoundWindow() && pairCompound(facts, m)) {
            return false;
        }
        if (FRICTION.contains(t.trigger().type()) && stateAgent(facts, m)) {
            return false; // "Iraqi police arrested", "a court in Guyana": an organ of the state acts as the state
        }
        if (m.kind() == ActorKind.COUNTRY && placeBefore(tokens, m.token()) && t.trigger().type() != EventType.VISIT
                && !lexicon.takesPartnerTo(t.trigger().id())) {
            return true; // "a smuggling organization operating in Arizona and Sonora, Mexico": where, not who
        }
        if (comparedWith(tokens, m.token())) {
            return true; // "impose a higher tariff on ethanol than does the United States": a yardstick
        }
        if (m.token() > t.to() && alternativeBefore(tokens, t.to(), m.token())) {
            return true; // "an opportunity to work together on, whether that is nuclear nonproliferation or Iran"
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
        if (m.token() >= t.to() && inTopicClause(facts, m, t.from())) {
            return true; // "meet with President Duda to discuss ... our efforts to support Ukraine": what about
        }
        if (p >= 0 && coordinatedWithTopic(facts, m, t)) {
            return true; // "concerns about its influence in Syria and Yemen": both are what is talked about
        }
        if (p >= 0) {
            String prep = tokens.get(p).norm();
            boolean visitTarget = (prep.equals("to") || prep.equals("in"))
                    && (t.trigger().type() == EventType.VISIT || lexicon.takesPartnerTo(t.trigger().id()))
                    && p >= t.to() - 1 && p <= t.to() + settings.aimedWindow();
            boolean between = prep.equals("between") && m.token() > t.from() && !topicPhraseBefore(facts, tokens, t, p);
            if ((t.trigger().type() == EventType.PROPOSAL || t.trigger().type() == EventType.DEMAND)
                    && p == t.to() - 1 && addressed(facts, m, prep)) {
                return false;
            }
            if ((FRICTION.contains(t.trigger().type()) && targetPrepositions.contains(prep)
                    || t.trigger().type() == EventType.AID && (prep.equals("to") || prep.equals("for")))
                    && p >= t.to() - 1 && p <= t.to() + settings.aimedWindow()) {
                return false; // "sanctions on Iran", "a war against Yemen", "aid to Syria": whom it is aimed at
            }
            if (prep.equals("with") && p > 0 && m.token() < t.from()
                    && lexicon.isCue("relation_noun", tokens.get(p - 1).norm())) {
                return true; // "strengthening relations with Iraq, and the agreements ...": told before, a topic
            }
            if (prep.equals("for") && p > 0 && gazetteer.isRoleAt(tokens, p - 1) && namesBody(tokens, m)) {
                return false; // "a spokesperson for the Chinese Foreign Ministry": whose official speaks
            }
            if (prep.equals("by") && p > t.to() && p - 1 <= t.to() + settings.aimedWindow()
                    && lexicon.isCue("agent_participle", tokens.get(p - 1).norm())) {
                return false; // "a new dialogue, led by the U.K. Department ...": who holds it, not what about
            }
            if (topicPrepositions.contains(prep) && !visitTarget && !between) {
                return true;
            }
            if (prep.equals("of") && p > 0 && !tokens.get(p - 1).capital() && !gazetteer.isRoleAt(tokens, p - 1)
                    && !suffixedRole(tokens, p - 1)) {
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
        if (m.kind() == ActorKind.CAPITAL && next + 1 < tokens.size() && tokens.get(next).norm().equals(",")) {
            for (ActorMention o : facts.actors()) {
                if (o.token() == next + 1 && o.kind() == ActorKind.COUNTRY && !o.country().equals(m.country())) {
                    return true; // "travel to Brussels, Belgium": the country names the place, not the EU
                }
            }
        }
        int after = i + 1;
        while (after < tokens.size() && tokens.get(after).start() < m.end()) {
            after++;
        }
        if (m.kind() == ActorKind.COUNTRY && after < tokens.size() && gazetteer.isModifierNoun(tokens.get(after))) {
            return true;
        }
        if (m.kind() == ActorKind.CAPITAL && after == t.from() && t.trigger().nominal() && i > 0
                && tokens.get(i - 1).norm().equals("the") && lexicon.isCue("process_noun", tokens.get(after).norm())) {
            return true; // "the Vienna talks", "the Astana process": where the rounds are held, not who holds them
        }
        if (m.kind() == ActorKind.CAPITAL && after < tokens.size() && venueAhead(facts, tokens, after)) {
            return true; // "the Vilnius defense investment commitments", "the Minsk agreements": a venue
        }
        if (after + 1 < tokens.size() && tokens.get(after).norm().equals("-")
                && tokens.get(after + 1).norm().endsWith("ed")
                && !lexicon.isCue("compound_agent", tokens.get(after + 1).norm())) {
            // "a Taiwan-based server maker", "U.S.-donated vaccine doses", "the Iran-backed militia", "a
            // U.S.-brokered agreement": the country qualifies a thing or a group; "the U.S.-led coalition" acts
            return true;
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
            return !(material && m.token() >= t.to() && m.token() <= t.to() + settings.materialObjectWindow())
                    && !introducesActor(tokens, after);
        }
        return false;
    }

    /**
     * "Hariri's resignation was a Saudi-orchestrated scenario": a mention that owns a thing, not an office or a
     * body ("Iran's foreign minister"), is no subject that acts.
     */
    boolean ownsThing(SentenceFacts facts, ActorMention m) {
        int owned = ownedFrom(facts, m);
        return owned >= 0 && owned < facts.tokens().size() && !introducesActor(facts.tokens(), owned);
    }

    /**
     * Whether a mention is the possessive owner of a nominal trigger, only lower-case modifiers between: "Ukraine's
     * gas transit agreement", "Iran's talks".
     */
    boolean ownsEvent(SentenceFacts facts, ActorMention m, TriggerMatch t) {
        int owned = ownedFrom(facts, m);
        return owned >= 0 && readAsNoun(facts.tokens(), t) && t.from() >= owned
                && t.from() - owned <= settings.nounAgentGap() && ownsTrigger(facts.tokens(), owned, t.from());
    }

    /** A nominal trigger, or a verb's pattern right after a possessive "'s": "Rouhani's visit to Iraq". */
    static boolean readAsNoun(List<Token> tokens, TriggerMatch t) {
        return t.trigger().nominal() || t.from() >= 2 && tokens.get(t.from() - 1).norm().equals("s")
                && tokens.get(t.from() - 2).norm().equals("'");
    }

    /** The first token after a mention's possessive "'s" (what it owns), or -1 when none follows it. */
    private static int ownedFrom(SentenceFacts facts, ActorMention m) {
        List<Token> tokens = facts.tokens();
        int after = facts.tokenAt(m.end());
        return after + 1 < tokens.size() && tokens.get(after).norm().equals("'")
                && tokens.get(after + 1).norm().equals("s") ? after + 2 : -1;
    }

    /** Whether the words between a possessive and a nominal trigger are its modifiers: lower-case words only. */
    private static boolean ownsTrigger(List<Token> tokens, int from, int trigger) {
        for (int k = from; k < trigger; k++) {
            Token w = tokens.get(k);
            if (w.capital() || !Character.isLetter(w.norm().charAt(0)) && !w.norm().equals("-")) {
                return false;
            }
        }
        return true;
    }

    /** The first token after a mention and its possessive "'s", if any. */
    private static int afterPossessive(List<Token> tokens, ActorMention m) {
        int after = m.token() + 1;
        while (after < tokens.size() && tokens.get(after).start() < m.end()) {
            after++;
        }
        if (after + 1 < tokens.size() && tokens.get(after).norm().equals("'")
                && tokens.get(after + 1).norm().equals("s")) {
            after += 2;
        }
        return after;
    }

    /** "the Chinese Foreign Ministry", "Iran's Foreign Ministry": a country named with a body of its own after it. */
    private static boolean namesBody(List<Token> tokens, ActorMention m) {
        int after = afterPossessive(tokens, m);
        return after < tokens.size() && tokens.get(after).capital();
    }

    /**
     * "Iraqi police", "Azerbaijan's armed forces", "a Tunisian court", "a court in Guyana": a country named with an
     * organ of its state (cue role state_agent), which acts as the state; "pro-Iranian forces" is none.
     */
    boolean stateAgent(SentenceFacts facts, ActorMention m) {
        List<Token> tokens = facts.tokens();
        if (m.kind() != ActorKind.DEMONYM && m.kind() != ActorKind.COUNTRY && m.kind() != ActorKind.CAPITAL) {
            return false;
        }
        int p = m.token() - 1;
        if (p >= 1 && (tokens.get(p).norm().equals("in") || tokens.get(p).norm().equals("of"))
                && lexicon.isCue("state_agent", tokens.get(p - 1).norm())) {
            return true;
        }
        if (p >= 0 && tokens.get(p).norm().equals("-")) {
            return false;
        }
        int after = afterPossessive(tokens, m);
        for (int k = after; k < tokens.size() && k <= after + 1; k++) {
            Token w = tokens.get(k);
            if (lexicon.isCue("state_agent", w.norm())) {
                return true;
            }
            if (w.capital() || !Character.isLetter(w.norm().charAt(0))) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether a country joined by "and", "or" or a comma to the ones before it is in a list that only a topic
     * preposition introduced ("in Syria and Yemen", "on Burma, Cambodia, and Laos"), so that it is a topic too. A
     * list of parties ("between Iran and Russia", "with Iran and Russia") is no topic.
     */
    private boolean coordinatedWithTopic(SentenceFacts facts, ActorMention m, TriggerMatch t) {
        List<Token> tokens = facts.tokens();
        ActorMention o = previousMember(facts, m);
        int before = facts.wordBefore(m);
        int after = facts.tokenAt(m.end());
        if (o == null || tokens.get(before).norm().equals(",") && (after >= tokens.size()
                || !lexicon.isCue("list_joint", tokens.get(after).norm()))) {
            return false; // "aggression against Ukraine, Greece has ...": a comma that ends a phrase, no list
        }
        // "surrounding the visa sanctions on Burma, Cambodia, and Laos": the list's head says what they all are
        for (int n = 0; n < settings.listReach(); n++) {
            ActorMention head = previousMember(facts, o);
            if (head == null) {
                break;
            }
            o = head;
        }
        int q = facts.wordBefore(o);
        String prep = q >= 0 ? tokens.get(q).norm() : "";
        // "sanctions on Iran and Iraq", "a visit to France and Germany": a head the act is aimed at is no topic
        // (topical says so), nor are its members
        return !facts.inTrigger(q) && topicPrepositions.contains(prep) && !prep.equals("between")
                && !prep.equals("with") && topical(facts, o, t);
    }

    /**
     * The member of a list named right before a mention: "Syria and Yemen", "Burma, Cambodia, and Laos", "in Rome,
     * Berlin, Bologna, Honduras and Guatemala" (over a name that is no party), or null. A comma joins two of one kind,
     * or any in a list of three or more: "In Tehran, Iran and Iraq" is a place, then a list.
     */
    private static ActorMention previousMember(SentenceFacts facts, ActorMention m) {
        List<Token> tokens = facts.tokens();
        int k = facts.wordBefore(m);
        if (k < 1) {
            return null;
        }
        String w = tokens.get(k).norm();
        boolean comma = w.equals(",");
        if ((w.equals("and") || w.equals("or")) && tokens.get(k - 1).norm().equals(",")) {
            k--;
        } else if (!comma && !w.equals("and") && !w.equals("or")) {
            return null;
        }
        boolean skipped = false;
        for (int n = 0; n < 3 && k >= 1; n++) {
            for (ActorMention o : facts.actors()) {
                if (o != m && o.end() <= tokens.get(k).start() && facts.tokenAt(o.end()) == k) {
                    int before = facts.wordBefore(o);
                    boolean longList = skipped || before >= 0 && tokens.get(before).norm().equals(",");
                    return !comma || o.kind() == m.kind() || longList ? o : null;
                }
            }
            // "Bologna," between two members: a name of the list that is no party
            if (k >= 2 && tokens.get(k - 1).capital() && tokens.get(k - 2).norm().equals(",")) {
                k -= 2;
                skipped = true;
            } else {
                return null;
            }
        }
        return null;
    }

    /**
     * Whether "between" at {@code between} ends a topic's noun phrase that starts after the trigger ("talks about
     * the latest escalation between India and Pakistan"): then the countries are what is talked about, not the
     * parties ("talks between India and Pakistan").
     */
    private boolean topicPhraseBefore(SentenceFacts facts, List<Token> tokens, TriggerMatch t, int between) {
        for (int q = between - 1; q >= t.to() && q >= between - settings.topicPhraseWindow(); q--) {
            Token w = tokens.get(q);
            if (topicPrepositions.contains(w.norm()) || w.norm().equals("of")) {
                return q < between - 1;
            }
            // "the signing of an agreement between Iran and Iraq": another trigger names the parties' act
            if (w.capital() || !Character.isLetter(w.norm().charAt(0)) || facts.inTrigger(q)) {
                return false;
            }
        }
        return false;
    }

    /** A venue noun right after a capital, or after up to two lower-case modifiers ("Vilnius defense commitments"). */
    private boolean venueAhead(SentenceFacts facts, List<Token> tokens, int after) {
        // a trigger ends the noun phrase: "Washington slapped fresh sanctions" is Washington acting
        for (int k = after; k < tokens.size() && k <= after + 2 && !tokens.get(k).capital() && !facts.inTrigger(k);
             k++) {
            if (gazetteer.isVenueNoun(tokens.get(k))) {
                return true;
            }
        }
        return false;
    }

    /** "the Pakistan-Iran Joint Economic Commission", "U.S.-India talks": two countries joined by a hyphen. */
    static boolean pairCompound(SentenceFacts facts, ActorMention m) {
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
        for (int k = from; k < tokens.size() && k < from + settings.introducesWindow(); k++) {
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
}
