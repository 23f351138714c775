package io.dyadline.extraction;

/**
 * One decision of the assembler about an event: which stage took it, by which stable rule, and on what
 * ("why this event, this date, this pair"). A dropped trigger's decision says why no event came of it.
 *
 * @param stage  the assembler stage: {@code trigger}, {@code party}, {@code date}, {@code status}, {@code merge},
 *               {@code sector}
 * @param rule   a stable rule id such as {@code veto.reported_question} or {@code party.subject_object}
 * @param detail what the rule looked at: a trigger id, a country, a date, the words that decided
 */
public record Decision(String stage, String rule, String detail) {
}
