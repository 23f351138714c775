package io.dyadline.extraction;

import java.util.List;

/**
 * A sentence that states an event, with the spans (trigger, date, actors) that made it one.
 *
 * @param field    whether the sentence is the headline or in the body
 * @param sentence the sentence text
 * @param start    UTF-16 offset of the sentence in its field
 * @param end      UTF-16 offset after the sentence
 * @param spans    trigger, date and actor spans inside the sentence (offsets into the same field)
 */
public record Evidence(Span.Field field, String sentence, int start, int end, List<Span> spans) {
}
