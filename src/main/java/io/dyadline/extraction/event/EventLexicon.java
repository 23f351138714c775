package io.dyadline.extraction.event;

import io.dyadline.extraction.EventType;
import io.dyadline.extraction.text.PhraseMatcher;
import io.dyadline.extraction.text.Token;
import io.dyadline.extraction.text.Tokenizer;
import io.dyadline.extraction.text.TsvTable;
import io.dyadline.extraction.text.WordSet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Triggers, status cues and anaphora, loaded from {@code lexicon/event/en}. */
public final class EventLexicon {

    private static final String DIR = "/lexicon/event/en/";
    /** Hand-written triggers, then those converted from the CAMEO verb dictionary (CameoTriggers, test scope). */
    private static final List<String> TRIGGER_FILES = List.of("triggers.tsv", "triggers_cameo.tsv");

    private final PhraseMatcher<Trigger> triggers = new PhraseMatcher<>();
    private final PhraseMatcher<String> plannedCues = new PhraseMatcher<>();
    private final PhraseMatcher<String> anaphora = new PhraseMatcher<>();
    private final Map<String, Set<String>> cueWords = new HashMap<>();
    private final Map<String, WordSet> cueWordSets = new HashMap<>();
    private CueIndex cueIndex;
    private final Set<String> directObject = new HashSet<>();
    private final Set<String> partnerTo = new HashSet<>();
    private final Map<String, ObjectWords> objectWords = new HashMap<>();
    private final List<SplitTrigger> splitTriggers = new ArrayList<>();
    /** Every split trigger's verbs: a token that is none of them starts no split trigger. */
    private WordSet splitHeads;

    /** A verb whose act needs a word after its object: "held the United States responsible". */
    private record SplitTrigger(Trigger trigger, WordSet heads, WordSet tails, int gap, WordSet stops) {
    }
    private final Set<EventType> directed = java.util.EnumSet.noneOf(EventType.class);

    /** The words one of which must stand near a trigger for it to state its act (objects.tsv). */
    public record ObjectWords(String rule, Set<String> words, int window) {
    }

    private static final Set<String> CUE_ROLES = Set.of(
            "realise", "opinion_subject", "addressee", "relation_noun", "negation", "modal", "conditional",
            "rumour", "bilateral", "multilateral", "enactment_preposition", "reference_as", "idiom_deal",
            "idiom_adjective", "deal_partner", "list_preposition", "encounter_topic", "first_person", "group_qualifier", "plural_partner", "negated_opinion", "verb_marker", "domestic_partner", "multilateral_count", "as_gap", "existing", "own_possessive", "topic_verb", "gerund_preposition", "role_suffix", "unnamed_other", "unnamed_party", "rate_word", "object_pronoun", "prior_preposition", "process_noun", "travel_topic", "object_thing", "count_word", "counted_side", "group_member", "ongoing_verb", "basis_head", "basis_link", "agreed_value", "tense_bearer", "context_verb", "context_preposition", "demonstrative", "goal", "host", "go_on", "relief",
            "cooperation_goal", "passive", "light_verb", "topic_preposition", "target_preposition", "possessive",
            "definite", "relative_pronoun", "np_boundary", "not_met", "call_as_noun", "relative", "clause_opener",
            "weekday", "weekday_prefix", "article", "adjective_determiner", "target_determiner",
            "object_determiner", "light_verb_determiner", "agent_break", "opposed_determiner", "reason_preposition",
            "not_a_name", "date_preposition", "clause_break", "status_boundary", "modal_boundary", "envoy",
            "proxy_suffix", "pronoun_subject", "speech_noun", "speech_participle", "relief_before",
            "speaker_pronoun", "speech_verb", "pronoun_gap", "pronoun_object", "state_agent",
            "preposition_before_object", "opinion_verb", "affiliation", "warning_future", "non_state_object",
            "victim_verb", "briefing_call", "noun_sense", "speaker_role", "light_verb_past", "occasion_preposition",
            "compound_agent", "domestic_instrument", "instrument_gap", "appeal_preposition", "cargo", "name_glue",
            "list_joint", "obligation_modal",
            "obligation_copula", "obligated_head", "agent_participle", "recent",
            "speech_partner", "concluded_encounter", "habitual", "habitual_quantifier", "repeated_count",
            "repeated_unit", "plan_noun",
            "existential", "first_since", "past_form", "participle_auxiliary",
            "title_prefix", "background_head", "background_link", "background_preposition",
            "background_time", "caution_preposition",
            "question_word", "question_preposition", "alternative",
            "comparison", "comparison_verb", "place_preposition", "calendar_name", "demand_that");

    private static final WordSet NO_WORDS = new WordSet(Set.of());

    private EventLexicon() {
    }

    public static EventLexicon load() {
        EventLexicon lexicon = new EventLexicon();
        Set<String> ids = new HashSet<>();
        // the hand-written triggers first: a phrase both files give keeps the hand-written entry and its rules
        for (TsvTable.Row row : TRIGGER_FILES.stream().flatMap(f -> TsvTable.resource(DIR + f)
                .expect("id", "pattern", "type", "cameo", "kind").rows().stream()).toList()) {
            EventType type = newTrigger(ids, row, 2, 3);
            if (!row.get(4).equals("verb") && !row.get(4).equals("noun")) {
                throw row.error("kind must be verb or noun, not '" + row.get(4) + "'");
            }
            if (row.get(1).isEmpty()) {
                throw row.error("empty pattern");
            }
            lexicon.triggers.add(row.get(1), new Trigger(row.get(0), type, row.get(3), row.get(4).equals("noun")));
        }
        Set<String> splitHeads = new HashSet<>();
        for (TsvTable.Row row : TsvTable.resource(DIR + "split_triggers.tsv")
                .expect("id", "verb", "after", "gap", "stops", "type", "cameo").rows()) {
            EventType type = newTrigger(ids, row, 5, 6);
            if (!row.get(3).matches("\\d{1,2}")) {
                throw row.error("not a gap of tokens: '" + row.get(3) + "'");
            }
            lexicon.splitTriggers.add(new SplitTrigger(new Trigger(row.get(0), type, row.get(6), false),
                    new WordSet(words(row, row.get(1))), new WordSet(words(row, row.get(2))),
                    Integer.parseInt(row.get(3)), new WordSet(words(row, row.get(4)))));
            splitHeads.addAll(words(row, row.get(1)));
        }
        lexicon.splitHeads = new WordSet(splitHeads);
        for (TsvTable.Row row : TsvTable.resource(DIR + "status.tsv").expect("id", "pattern", "status").rows()) {
            if (!row.get(2).equals("PLANNED")) {
                throw row.error("only PLANNED cues are listed, not '" + row.get(2) + "'");
            }
            lexicon.plannedCues.add(row.get(1), row.get(0));
        }
        for (TsvTable.Row row : TsvTable.resource(DIR + "anaphora.tsv").expect("id", "pattern").rows()) {
            lexicon.anaphora.add(row.get(1), row.get(0));
        }
        for (TsvTable.Row row : TsvTable.resource(DIR + "cue_words.tsv").expect("id", "words").rows()) {
            if (!CUE_ROLES.contains(row.get(0))) {
                throw row.error("unknown cue role '" + row.get(0) + "', expected one of " + CUE_ROLES);
            }
            for (String w : row.get(1).split("\\|")) {
                if (w.isBlank() || !w.equals(w.toLowerCase())) {
                    throw row.error("a cue word is one lower-case word, not '" + w + "'");
                }
                // the role interned: isCue's callers pass literals, found by identity instead of compared
                lexicon.cueWords.computeIfAbsent(row.get(0).intern(), k -> new HashSet<>()).add(Tokenizer.fold(w));
            }
        }
        lexicon.cueWords.forEach((role, words) -> lexicon.cueWordSets.put(role, new WordSet(words)));
        lexicon.cueIndex = new CueIndex(lexicon.cueWords);
        for (TsvTable.Row row : TsvTable.resource(DIR + "direct_object.tsv").expect("id", "trigger").rows()) {
            if (!ids.contains(row.get(1))) {
                throw row.error("unknown trigger '" + row.get(1) + "'");
            }
            lexicon.directObject.add(row.get(1));
        }
        for (TsvTable.Row row : TsvTable.resource(DIR + "partner_to.tsv").expect("id", "trigger").rows()) {
            if (!ids.contains(row.get(1))) {
                throw row.error("unknown trigger '" + row.get(1) + "'");
            }
            lexicon.partnerTo.add(row.get(1));
        }
        for (TsvTable.Row row : TsvTable.resource(DIR + "objects.tsv").expect("id", "trigger", "words", "window")
                .rows()) {
            if (!ids.contains(row.get(1))) {
                throw row.error("unknown trigger '" + row.get(1) + "'");
            }
            Set<String> words = new HashSet<>();
            for (String w : row.get(2).split("\\|")) {
                if (w.isBlank() || !w.equals(w.toLowerCase())) {
                    throw row.error("an object word is one lower-case word, not '" + w + "'");
                }
                words.add(Tokenizer.fold(w));
            }
            int window;
            try {
                window = Integer.parseInt(row.get(3));
            } catch (NumberFormatException e) {
                throw row.error("not a whole number: '" + row.get(3) + "'");
            }
            if (lexicon.objectWords.put(row.get(1), new ObjectWords(row.get(0), Set.copyOf(words), window)) != null) {
                throw row.error("a second row for trigger " + row.get(1));
            }
        }
        Set<EventType> listed = java.util.EnumSet.noneOf(EventType.class);
        for (TsvTable.Row row : TsvTable.resource(DIR + "direction.tsv").expect("type", "directed").rows()) {
            EventType type;
            try {
                type = EventType.valueOf(row.get(0));
            } catch (IllegalArgumentException e) {
                throw row.error("unknown event type '" + row.get(0) + "'");
            }
            if (!row.get(1).equals("yes") && !row.get(1).equals("no")) {
                throw row.error("directed is yes or no, not '" + row.get(1) + "'");
            }
            if (!listed.add(type)) {
                throw row.error("type " + type + " given twice");
            }
            if (row.get(1).equals("yes")) {
                lexicon.directed.add(type);
            }
        }
        if (listed.size() != EventType.values().length) {
            throw new io.dyadline.extraction.text.LexiconException(DIR + "direction.tsv: no row for "
                    + java.util.EnumSet.complementOf(java.util.EnumSet.copyOf(listed)));
        }
        return lexicon;
    }

    /** The words that must stand near a trigger for it to state its act, or null when it needs none. */
    public ObjectWords objectWords(String triggerId) {
        return objectWords.get(triggerId);
    }

    /** Whether events of a type have an initiator and a target (direction.tsv). */
    public boolean directed(EventType type) {
        return directed.contains(type);
    }

    /** The words of a cue role, for a stage that asks about many words in a row. */
    public Set<String> cueSet(String role) {
        Set<String> words = cueWords.get(role);
        return words == null ? Set.of() : words;
    }

    /** The words of a cue role by word number, for a stage that asks about many tokens. */
    public WordSet cueWords(String role) {
        return cueWordSets.getOrDefault(role, NO_WORDS);
    }

    /** Whether a word plays a cue role ("realise", "opinion_subject", "addressee"; see cue_words.tsv). */
    public boolean isCue(String role, String norm) {
        return cueIndex.contains(role, norm);
    }

    /** Whether a trigger needs its other party named right after it ("hosted the delegation"). */
    public boolean needsDirectObject(String triggerId) {
        return directObject.contains(triggerId);
    }

    /** Whether "to" or "in" after a trigger names its partner ("travelled to Oman", "spoke to Macron"). */
    public boolean takesPartnerTo(String triggerId) {
        return partnerTo.contains(triggerId);
    }

    public List<TriggerMatch> triggers(List<Token> tokens) {
        List<TriggerMatch> out = new ArrayList<>();
        for (PhraseMatcher.Match<Trigger> m : triggers.findAll(tokens)) {
            out.add(new TriggerMatch(m.from(), m.to(), m.value()));
        }
        if (!splitTriggers.isEmpty()) {
            addSplit(tokens, out);
        }
        return out;
    }

    /**
     * The split triggers of split_triggers.tsv at a word no phrase took: the verb, then within its gap (none of its
     * stop words between) the word that completes it; the match is the verb alone, so its object is the target.
     */
    private void addSplit(List<Token> tokens, List<TriggerMatch> out) {
        for (int i = 0; i < tokens.size(); i++) {
            if (!splitHeads.contains(tokens.get(i))) {
                continue;
            }
            for (SplitTrigger split : splitTriggers) {
                if (!split.heads().contains(tokens.get(i)) || covered(out, i)) {
                    continue;
                }
                for (int k = i + 1; k < tokens.size() && k <= i + split.gap() + 1; k++) {
                    Token next = tokens.get(k);
                    if (split.stops().contains(next)) {
                        break;
                    }
                    if (split.tails().contains(next)) {
                        int at = 0;
                        while (at < out.size() && out.get(at).from() < i) {
                            at++;
                        }
                        out.add(at, new TriggerMatch(i, i + 1, split.trigger()));
                        break;
                    }
                }
            }
        }
    }

    private static boolean covered(List<TriggerMatch> found, int token) {
        for (TriggerMatch m : found) {
            if (token >= m.from() && token < m.to()) {
                return true;
            }
        }
        return false;
    }

    /** Checks a trigger row's id (new), type and CAMEO code (in the columns given); its type. */
    private static EventType newTrigger(Set<String> ids, TsvTable.Row row, int typeColumn, int cameoColumn) {
        if (!ids.add(row.get(0))) {
            throw row.error("trigger id '" + row.get(0) + "' given twice");
        }
        EventType type;
        try {
            type = EventType.valueOf(row.get(typeColumn));
        } catch (IllegalArgumentException e) {
            throw row.error("unknown event type '" + row.get(typeColumn) + "'");
        }
        if (!row.get(cameoColumn).matches("\\d{2,4}")) {
            throw row.error("not a CAMEO code: '" + row.get(cameoColumn) + "'");
        }
        return type;
    }

    private static Set<String> words(TsvTable.Row row, String alternatives) {
        Set<String> words = new HashSet<>();
        for (String w : alternatives.split("\\|")) {
            if (w.isBlank() || !w.equals(w.toLowerCase())) {
                throw row.error("a word is one lower-case word, not '" + w + "'");
            }
            words.add(Tokenizer.fold(w));
        }
        return words;
    }

    public List<PhraseMatcher.Match<String>> plannedCues(List<Token> tokens) {
        return plannedCues.findAll(tokens);
    }

    /**
     * The phrases that refer back to the parties in focus; "the two" before a lower-case plural noun is no such
     * phrase ("the two lines of effort", "the two priorities"), "the two discussed" is.
     */
    public List<PhraseMatcher.Match<String>> anaphora(List<Token> tokens) {
        List<PhraseMatcher.Match<String>> all = anaphora.findAll(tokens);
        if (all.isEmpty()) {
            return all;
        }
        List<PhraseMatcher.Match<String>> kept = new ArrayList<>(all.size());
        for (PhraseMatcher.Match<String> a : all) {
            if (!(a.value().equals("anaphora.the_two") && a.to() < tokens.size()
                    && pluralNoun(tokens.get(a.to())))) {
                kept.add(a);
            }
        }
        return kept;
    }

    /** A lower-case word in -s that is no verb form in -ss: "lines", "priorities" (and "discusses", seldom here). */
    private static boolean pluralNoun(Token t) {
        String w = t.norm();
        return !t.capital() && w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")
                && Character.isLetter(w.charAt(0));
    }
}
