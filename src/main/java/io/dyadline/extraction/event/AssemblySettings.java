package io.dyadline.extraction.event;

import io.dyadline.extraction.text.TsvTable;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The windows and thresholds of event assembly, read from {@code lexicon/event/en/settings.tsv}, in tokens unless
 * said otherwise; each accessor says what its setting means, and the TSV header says it again for who edits it.
 */
public final class AssemblySettings {

    private static final Set<String> NAMES = new LinkedHashSet<>(List.of(
            "status_window", "nominal_status_window", "person_window", "paragraph_reach", "modal_window",
            "govern_window", "history_years", "target_years", "confidence_base", "confidence_step",
            "confidence_max", "focus_reach", "goal_window", "encounter_topic_window", "partner_phrase_window",
            "as_reference_window", "sector_max", "sector_max_context", "confidence_mentions", "relief_before",
            "relief_after", "sought_measure_window", "background_phrase_window", "that_clause_window",
            "alternative_window", "place_window", "demand_that_window", "visit_object_window",
            "topic_of_talks_window", "summoned_window", "cooperation_goal_window",
            "cooperation_goal_clause", "object_event_window", "session_window", "session_name_window",
            "by_agent_window", "target_window", "noun_target_window", "force_target_window",
            "reaction_window", "noun_agent_window", "noun_agent_gap", "light_verb_window",
            "addressee_window", "multilateral_countries", "coordinated_window", "gathering_before",
            "gathering_after", "owner_window", "summit_name_window", "anaphora_window", "anaphora_opening",
            "bilateral_reach", "unplaced_subject_window", "compound_window", "aimed_window", "topic_phrase_window",
            "year_modifier_reach", "material_object_window", "introduces_window", "weekday_reach", "participle_window",
            "opening_window", "cue_after_window", "realise_window", "realised_object_window", "definite_window",
            "indefinite_window",
            "headline_days", "planned_reference_days", "count_after_window", "sector_min_mentions", "sector_min_share",
            "sector_main_share", "between_gap",
            "between_side_window", "host_window", "speaker_reach", "both_sides_window", "both_sides_reach",
            "characterised_window", "aim_window", "affiliation_window", "list_reach",
            "occasion_window", "instrument_window", "met_target_window",
            "cargo_window", "pronoun_reach", "role_suffix_reach", "rate_window"));

    private final int statusWindow;
    private final int nominalStatusWindow;
    private final int personWindow;
    private final int paragraphReach;
    private final int modalWindow;
    private final int governWindow;
    private final int historyYears;
    private final int targetYears;
    private final int confidenceBase;
    private final int confidenceStep;
    private final int confidenceMax;
    private final int focusReach;
    private final int goalWindow;
    private final int encounterTopicWindow;
    private final int partnerPhraseWindow;
    private final int asReferenceWindow;
    private final int sectorMax;
    private final int sectorMaxContext;
    private final int confidenceMentions;
    private final int reliefBefore;
    private final int reliefAfter;
    private final int soughtMeasureWindow;
    private final int backgroundPhraseWindow;
    private final int thatClauseWindow;
    private final int alternativeWindow;
    private final int placeWindow;
    private final int demandThatWindow;
    private final int visitObjectWindow;
    private final int topicOfTalksWindow;
    private final int summonedWindow;
    private final int cooperationGoalWindow;
    private final int cooperationGoalClause;
    private final int objectEventWindow;
    private final int sessionWindow;
    private final int sessionNameWindow;
    private final int byAgentWindow;
    private final int targetWindow;
    private final int nounTargetWindow;
    private final int forceTargetWindow;
    private final int reactionWindow;
    private final int nounAgentWindow;
    private final int nounAgentGap;
    private final int lightVerbWindow;
    private final int addresseeWindow;
    private final int multilateralCountries;
    private final int coordinatedWindow;
    private final int gatheringBefore;
    private final int gatheringAfter;
    private final int ownerWindow;
    private final int summitNameWindow;
    private final int anaphoraWindow;
    private final int anaphoraOpening;
    private final int bilateralReach;
    private final int unplacedSubjectWindow;
    private final int compoundWindow;
    private final int aimedWindow;
    private final int topicPhraseWindow;
    private final int yearModifierReach;
    private final int materialObjectWindow;
    private final int introducesWindow;
    private final int weekdayReach;
    private final int participleWindow;
    private final int openingWindow;
    private final int cueAfterWindow;
    private final int realiseWindow;
    private final int realisedObjectWindow;
    private final int definiteWindow;
    private final int indefiniteWindow;
    private final int headlineDays;
    private final int plannedReferenceDays;
    private final int countAfterWindow;
    private final int sectorMinMentions;
    private final int sectorMinShare;
    private final int sectorMainShare;
    private final int betweenGap;
    private final int betweenSideWindow;
    private final int hostWindow;
    private final int aimWindow;
    private final int affiliationWindow;
    private final int listReach;
    private final int occasionWindow;
    private final int instrumentWindow;
    private final int metTargetWindow;
    private final int roleSuffixReach;
    private final int rateWindow;
    private final int cargoWindow;
    private final int pronounReach;
    private final int characterisedWindow;
    private final int bothSidesReach;
    private final int bothSidesWindow;
    private final int speakerReach;

    private AssemblySettings(Map<String, Integer> values) {
        this.statusWindow = values.get("status_window");
        this.nominalStatusWindow = values.get("nominal_status_window");
        this.personWindow = values.get("person_window");
        this.paragraphReach = values.get("paragraph_reach");
        this.modalWindow = values.get("modal_window");
        this.governWindow = values.get("govern_window");
        this.historyYears = values.get("history_years");
        this.targetYears = values.get("target_years");
        this.confidenceBase = values.get("confidence_base");
        this.confidenceStep = values.get("confidence_step");
        this.confidenceMax = values.get("confidence_max");
        this.focusReach = values.get("focus_reach");
        this.goalWindow = values.get("goal_window");
        this.encounterTopicWindow = values.get("encounter_topic_window");
        this.partnerPhraseWindow = values.get("partner_phrase_window");
        this.asReferenceWindow = values.get("as_reference_window");
        this.sectorMax = values.get("sector_max");
        this.sectorMaxContext = values.get("sector_max_context");
        this.confidenceMentions = values.get("confidence_mentions");
        this.reliefBefore = values.get("relief_before");
        this.reliefAfter = values.get("relief_after");
        this.soughtMeasureWindow = values.get("sought_measure_window");
        this.backgroundPhraseWindow = values.get("background_phrase_window");
        this.thatClauseWindow = values.get("that_clause_window");
        this.alternativeWindow = values.get("alternative_window");
        this.placeWindow = values.get("place_window");
        this.demandThatWindow = values.get("demand_that_window");
        this.visitObjectWindow = values.get("visit_object_window");
        this.topicOfTalksWindow = values.get("topic_of_talks_window");
        this.summonedWindow = values.get("summoned_window");
        this.cooperationGoalWindow = values.get("cooperation_goal_window");
        this.cooperationGoalClause = values.get("cooperation_goal_clause");
        this.objectEventWindow = values.get("object_event_window");
        this.sessionWindow = values.get("session_window");
        this.sessionNameWindow = values.get("session_name_window");
        this.byAgentWindow = values.get("by_agent_window");
        this.targetWindow = values.get("target_window");
        this.nounTargetWindow = values.get("noun_target_window");
        this.forceTargetWindow = values.get("force_target_window");
        this.reactionWindow = values.get("reaction_window");
        this.nounAgentWindow = values.get("noun_agent_window");
        this.nounAgentGap = values.get("noun_agent_gap");
        this.lightVerbWindow = values.get("light_verb_window");
        this.addresseeWindow = values.get("addressee_window");
        this.multilateralCountries = values.get("multilateral_countries");
        this.coordinatedWindow = values.get("coordinated_window");
        this.gatheringBefore = values.get("gathering_before");
        this.gatheringAfter = values.get("gathering_after");
        this.ownerWindow = values.get("owner_window");
        this.summitNameWindow = values.get("summit_name_window");
        this.anaphoraWindow = values.get("anaphora_window");
        this.anaphoraOpening = values.get("anaphora_opening");
        this.bilateralReach = values.get("bilateral_reach");
        this.unplacedSubjectWindow = values.get("unplaced_subject_window");
        this.compoundWindow = values.get("compound_window");
        this.aimedWindow = values.get("aimed_window");
        this.topicPhraseWindow = values.get("topic_phrase_window");
        this.yearModifierReach = values.get("year_modifier_reach");
        this.materialObjectWindow = values.get("material_object_window");
        this.introducesWindow = values.get("introduces_window");
        this.weekdayReach = values.get("weekday_reach");
        this.participleWindow = values.get("participle_window");
        this.openingWindow = values.get("opening_window");
        this.cueAfterWindow = values.get("cue_after_window");
        this.realiseWindow = values.get("realise_window");
        this.realisedObjectWindow = values.get("realised_object_window");
        this.definiteWindow = values.get("definite_window");
        this.indefiniteWindow = values.get("indefinite_window");
        this.headlineDays = values.get("headline_days");
        this.plannedReferenceDays = values.get("planned_reference_days");
        this.countAfterWindow = values.get("count_after_window");
        this.sectorMinMentions = values.get("sector_min_mentions");
        this.sectorMinShare = values.get("sector_min_share");
        this.sectorMainShare = values.get("sector_main_share");
        this.betweenGap = values.get("between_gap");
        this.betweenSideWindow = values.get("between_side_window");
        this.hostWindow = values.get("host_window");
        this.aimWindow = values.get("aim_window");
        this.affiliationWindow = values.get("affiliation_window");
        this.listReach = values.get("list_reach");
        this.occasionWindow = values.get("occasion_window");
        this.instrumentWindow = values.get("instrument_window");
        this.metTargetWindow = values.get("met_target_window");
        this.roleSuffixReach = values.get("role_suffix_reach");
        this.rateWindow = values.get("rate_window");
        this.cargoWindow = values.get("cargo_window");
        this.pronounReach = values.get("pronoun_reach");
        this.characterisedWindow = values.get("characterised_window");
        this.bothSidesReach = values.get("both_sides_reach");
        this.bothSidesWindow = values.get("both_sides_window");
        this.speakerReach = values.get("speaker_reach");
    }

    public static AssemblySettings load() {
        Map<String, Integer> values = new HashMap<>();
        TsvTable table = TsvTable.resource("/lexicon/event/en/settings.tsv").expect("name", "value");
        for (TsvTable.Row row : table.rows()) {
            if (!NAMES.contains(row.get(0))) {
                throw row.error("unknown setting '" + row.get(0) + "', expected one of " + NAMES);
            }
            try {
                values.put(row.get(0), Integer.parseInt(row.get(1)));
            } catch (NumberFormatException e) {
                throw row.error("not a whole number: '" + row.get(1) + "'");
            }
        }
        for (String name : NAMES) {
            if (!values.containsKey(name)) {
                throw new IllegalStateException("settings.tsv lacks '" + name + "'");
            }
        }
        return new AssemblySettings(values);
    }

    /** Tokens before a verbal trigger in which a future cue makes it PLANNED. */
    public int statusWindow() {
        return statusWindow;
    }

    /** The same for a nominal trigger ("the next meeting"). */
    public int nominalStatusWindow() {
        return nominalStatusWindow;
    }

    /** Tokens either side of a trigger in which an official is one of its parties. */
    public int personWindow() {
        return personWindow;
    }

    /** Paragraphs an undated follow-up may lie after the dated event it continues. */
    public int paragraphReach() {
        return paragraphReach;
    }

    /** Tokens before a trigger in which a negation or a modal makes it no act. */
    public int modalWindow() {
        return modalWindow;
    }

    /** Tokens between a time expression and a trigger beyond which it does not date it. */
    public int governWindow() {
        return governWindow;
    }

    /** An event dated more than this many years before its article is history, not news. */
    public int historyYears() {
        return historyYears;
    }

    /** An event dated more than this many years after its article is a target, not a plan. */
    public int targetYears() {
        return targetYears;
    }

    /** Hundredths of confidence of an event told once, with no date of its own. */
    public int confidenceBase() {
        return confidenceBase;
    }

    /**
     * Hundredths added by each further mention and by a date of its own, and taken off when its pair came from the
     * article's focus rather than its own sentence.
     */
    public int confidenceStep() {
        return confidenceStep;
    }

    /** The most confidence an event may have, in hundredths. */
    public int confidenceMax() {
        return confidenceMax;
    }

    /**
     * Paragraphs after the last one that named a pair in which "they", "the two sides" or an unnamed subject may
     * still stand for it.
     */
    public int focusReach() {
        return focusReach;
    }

    /**
     * Tokens before a nominal agreement in which an effort ("efforts to secure") makes it a goal, not an agreement
     * made.
     */
    public int goalWindow() {
        return goalWindow;
    }

    public int encounterTopicWindow() {
        return encounterTopicWindow;
    }

    public int partnerPhraseWindow() {
        return partnerPhraseWindow;
    }

    public int asReferenceWindow() {
        return asReferenceWindow;
    }

    /** The most sectors an event takes from its own sentences, most named first. */
    public int sectorMax() {
        return sectorMax;
    }

    /** The most it takes from its paragraph or its article when its own sentences name none. */
    public int sectorMaxContext() {
        return sectorMaxContext;
    }

    /** The most further mentions that add a confidence step. */
    public int confidenceMentions() {
        return confidenceMentions;
    }

    /** Tokens before a sanctions trigger in which a relief word makes them eased, not imposed. */
    public int reliefBefore() {
        return reliefBefore;
    }

    /** The same after it ("sanctions relief"). */
    public int reliefAfter() {
        return reliefAfter;
    }

    /** Tokens before a verb of sanctions or force in which a goal word makes it sought, not done. */
    public int soughtMeasureWindow() {
        return soughtMeasureWindow;
    }

    public int backgroundPhraseWindow() {
        return backgroundPhraseWindow;
    }

    public int thatClauseWindow() {
        return thatClauseWindow;
    }

    public int alternativeWindow() {
        return alternativeWindow;
    }

    /** Tokens back from a country after a place and a comma to the preposition that makes it where, not who. */
    public int placeWindow() {
        return placeWindow;
    }

    /** Words after a demand verb within which "that" opens what is demanded ("demanded on Friday that"). */
    public int demandThatWindow() {
        return demandThatWindow;
    }

    /** Words after a visit within which "in" and a U.S. state make what was visited domestic. */
    public int visitObjectWindow() {
        return visitObjectWindow;
    }

    /** Tokens after an encounter, agreement or proposal in which a noun of friction is what they are about. */
    public int topicOfTalksWindow() {
        return topicOfTalksWindow;
    }

    /** Tokens after an encounter in which a verb of protest makes it the summoning of an envoy. */
    public int summonedWindow() {
        return summonedWindow;
    }

    /** Tokens after a verbal demand in which a cooperation word makes it a proposal. */
    public int cooperationGoalWindow() {
        return cooperationGoalWindow;
    }

    /** Tokens after a verbal demand beyond which an "and" ends what it asks. */
    public int cooperationGoalClause() {
        return cooperationGoalClause;
    }

    /** Tokens after "announced" or "agreed to" in which another trigger is the event, not the verb. */
    public int objectEventWindow() {
        return objectEventWindow;
    }

    /** Tokens between a nominal encounter and a body it is the session "of". */
    public int sessionWindow() {
        return sessionWindow;
    }

    /** Tokens of a body's capitalised name before a verbal encounter it holds ("the Joint Commission meets"). */
    public int sessionNameWindow() {
        return sessionNameWindow;
    }

    /** Tokens after a trigger in which "by" and a party name its agent (a passive, "a request by Riyadh"). */
    public int byAgentWindow() {
        return byAgentWindow;
    }

    /** Tokens after a verb of aid or friction in which a party is its target. */
    public int targetWindow() {
        return targetWindow;
    }

    /** The same after a noun of aid or friction ("sanctions on Iran"). */
    public int nounTargetWindow() {
        return nounTargetWindow;
    }

    /** The same after a noun of force ("a devastating campaign against Yemen"). */
    public int forceTargetWindow() {
        return forceTargetWindow;
    }

    /** Tokens after a reaction in which a noun of friction is the act it reacts to. */
    public int reactionWindow() {
        return reactionWindow;
    }

    /** Tokens before a noun of aid or friction in which a party may be its agent ("U.S. sanctions"). */
    public int nounAgentWindow() {
        return nounAgentWindow;
    }

    /** The most words between that party and the noun. */
    public int nounAgentGap() {
        return nounAgentGap;
    }

    /** Tokens before a noun of aid or friction in which a light verb makes its subject the agent. */
    public int lightVerbWindow() {
        return lightVerbWindow;
    }

    /** Tokens before a party in which a "to" makes it the addressee of a participle. */
    public int addresseeWindow() {
        return addresseeWindow;
    }

    /** Countries on one side of a trigger, or at a gathering, that make it multilateral, no pair event. */
    public int multilateralCountries() {
        return multilateralCountries;
    }

    /** Tokens from one side to the other within which a comma or "and" lists them as coordinated objects. */
    public int coordinatedWindow() {
        return coordinatedWindow;
    }

    /** Tokens before a trigger in which a multilateral word or grouping makes it a gathering. */
    public int gatheringBefore() {
        return gatheringBefore;
    }

    /** The same after it. */
    public int gatheringAfter() {
        return gatheringAfter;
    }

    /** Tokens before a nominal trigger in which a third country or a grouping owns it. */
    public int ownerWindow() {
        return ownerWindow;
    }

    /** Tokens before a summit or meeting in which a capitalised name makes it a named gathering. */
    public int summitNameWindow() {
        return summitNameWindow;
    }

    /** Tokens between "they", "the two sides" and the trigger they are the subject of. */
    public int anaphoraWindow() {
        return anaphoraWindow;
    }

    /** Tokens from the start of the sentence within which such a subject opens it. */
    public int anaphoraOpening() {
        return anaphoraOpening;
    }

    /** Tokens between "bilateral" and a trigger for it to refer back to the pair in focus. */
    public int bilateralReach() {
        return bilateralReach;
    }

    /** The most tokens of an unplaced name before a trigger that make it the subject. */
    public int unplacedSubjectWindow() {
        return unplacedSubjectWindow;
    }

    /** Tokens between a trigger and a hyphenated pair ("U.S.-India") that names its parties. */
    public int compoundWindow() {
        return compoundWindow;
    }

    /** Tokens after a year that modifies a noun ("the 2015 nuclear agreement") in which a trigger takes its date. */
    public int yearModifierReach() {
        return yearModifierReach;
    }

    /**
     * Tokens back from "between" to the topic preposition whose noun phrase it ends ("about the escalation between").
     */
    public int topicPhraseWindow() {
        return topicPhraseWindow;
    }

    /** Tokens after a trigger in which a preposition aims it at a party ("sanctions on Iran", "visit to Oman"). */
    public int aimedWindow() {
        return aimedWindow;
    }

    /** Tokens after a trigger of sanctions or force in which a demonym's firms or ships are its target. */
    public int materialObjectWindow() {
        return materialObjectWindow;
    }

    /** Tokens after a demonym or a possessive in which a role or a name makes it an actor. */
    public int introducesWindow() {
        return introducesWindow;
    }

    /** Sentences after a month, season or year within which a weekday of a referring sentence takes its date. */
    public int weekdayReach() {
        return weekdayReach;
    }

    /** Tokens after a nominal trigger in which a participle of its type dates it ("the Agreement signed in 2004"). */
    public int participleWindow() {
        return participleWindow;
    }

    /**
     * Tokens from the start of the sentence (after a speaker label) within which a time expression dates every
     * trigger.
     */
    public int openingWindow() {
        return openingWindow;
    }

    /** Tokens after a nominal trigger in which a future cue with a realising verb makes it PLANNED. */
    public int cueAfterWindow() {
        return cueAfterWindow;
    }

    /** Tokens after that cue in which the realising verb must come. */
    public int realiseWindow() {
        return realiseWindow;
    }

    /** Words from a realising verb to the nominal trigger it governs, whose tense is then the verb's. */
    public int realisedObjectWindow() {
        return realisedObjectWindow;
    }

    /** Tokens before a nominal agreement or proposal in which "the" or a possessive makes it one the reader knows. */
    public int definiteWindow() {
        return definiteWindow;
    }

    /** Tokens before a nominal agreement or body in which "a" or "an" makes it a new one. */
    public int indefiniteWindow() {
        return indefiniteWindow;
    }

    /** Days either side of a dated event within which an undated headline or lead joins it. */
    public int headlineDays() {
        return headlineDays;
    }

    /** Days after the article within which a dated plan takes an undated mention of what is to come. */
    public int plannedReferenceDays() {
        return plannedReferenceDays;
    }

    /** Words after a trigger in which "several times" makes it a habit, no one act. */
    public int countAfterWindow() {
        return countAfterWindow;
    }

    /** Times an article names a sector for it to be dominant. */
    public int sectorMinMentions() {
        return sectorMinMentions;
    }

    /** Percent of the most named sector's count that a dominant sector needs. */
    public int sectorMinShare() {
        return sectorMinShare;
    }

    /** Percent of it that makes a dominant sector one of the article's main topics. */
    public int sectorMainShare() {
        return sectorMainShare;
    }

    /** Tokens after a nominal trigger within which "between" introduces its two sides ("the agreement signed between"). */
    public int betweenGap() {
        return betweenGap;
    }

    /** Tokens after the "and" of "between X and Y" that the second side may take ("and his Omani counterpart"). */
    public int betweenSideWindow() {
        return betweenSideWindow;
    }

    /** Tokens after a meeting or visit within which "in" and a country name where it took place. */
    public int hostWindow() {
        return hostWindow;
    }

    /**
     * Sentences before a pronoun speaker ("he said", "I warn") within which the official last named is the one it
     * stands for.
     */
    public int speakerReach() {
        return speakerReach;
    }

    /**
     * Tokens after a verb of friction in which "both sides" or "the two countries" is its target (party.both_sides).
     */
    public int bothSidesWindow() {
        return bothSidesWindow;
    }

    /**
     * Sentences before in which two countries named together ("Armenia and Azerbaijan") are the sides that "both
     * sides" stands for.
     */
    public int bothSidesReach() {
        return bothSidesReach;
    }

    /**
     * Tokens after a verb of accusation in which "as" opens what the accused thing is said to be ("denounced the event
     * ... as Washington's latest attempt"; party.characterised_as).
     */
    public int characterisedWindow() {
        return characterisedWindow;
    }

    /**
     * Tokens after the preposition that aims a strike ("an air strike against an Islamic State target southwest of
     * Baghdad") in which the country or capital named is where its aim lies (party.aim_in_country).
     */
    public int aimWindow() {
        return aimWindow;
    }

    /** Tokens after a sanction or strike in which "with links to" or "based in" names whose entities it targets. */
    public int affiliationWindow() {
        return affiliationWindow;
    }

    /** List members before a mention through which its list's head decides whether they are all a topic. */
    public int listReach() {
        return listReach;
    }

    /** Tokens before a noun of demand within which "at" makes it the occasion of another act ("at X's request"). */
    public int occasionWindow() {
        return occasionWindow;
    }

    /** Tokens after a verb of signing within which a state's own instrument ("Executive Order") is its object. */
    public int instrumentWindow() {
        return instrumentWindow;
    }

    /** Tokens after "meet" within which a target word ends its object ("meet its 2030 decarbonization goals"). */
    public int metTargetWindow() {
        return metTargetWindow;
    }

    /** Tokens after a present sanction verb within which a rate makes it a standing tariff ("imposes an 18%"). */
    public int rateWindow() {
        return rateWindow;
    }

    /** Tokens before a role's suffix ("-elect") within which the role starts ("Prime Minister-designate"). */
    public int roleSuffixReach() {
        return roleSuffixReach;
    }

    /** Tokens before a verb of visiting within which a word of goods is its subject ("shipments ... arrived"). */
    public int cargoWindow() {
        return cargoWindow;
    }

    /** Tokens before a verb within which a pronoun is its speaking subject ("he also strongly warned"). */
    public int pronounReach() {
        return pronounReach;
    }
}
