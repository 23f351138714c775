package io.dyadline.extraction;

import java.time.LocalDate;

/**
 * The date of an event: the first and last day of the period it names, its precision, and its EDTF form
 * ({@code 2023-09-24}, {@code 2023-05}, {@code 2016/..} for "since 2016").
 *
 * @param source how the date was found: the rule id of the governing time expression, or
 *               {@code inherited.paragraph} / {@code inherited.publication}
 */
public record EventDate(LocalDate start, LocalDate end, Precision precision, String edtf, String source) {
}
