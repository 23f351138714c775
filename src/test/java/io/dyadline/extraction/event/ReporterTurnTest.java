package io.dyadline.extraction.event;

import io.dyadline.extraction.Decision;
import io.dyadline.extraction.Document;
import io.dyadline.extraction.Extraction;
import io.dyadline.extraction.Extractor;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A reporter's turn in a briefing transcript is talk over all its paragraphs, until another speaker's label. */
class ReporterTurnTest {

    private static final Extractor EXTRACTOR = Extractor.load();
    private static final LocalDate PUBLISHED = LocalDate.of(2023, 11, 30);

    private static Extraction extract(String text) {
        return EXTRACTOR.extract(Document.of(text, PUBLISHED));
    }

    @Test
    void aQuestionOverTwoParagraphsIsNoAct() {
        Extraction x = extract("Q   Hi, my name is Mida.  I'm from the Voice of America.\n\n"
                + "My question is regarding the defense cooperation.  Angola and the U.S. are set to sign an agreement "
                + "on defense cooperation in 2024.  What's the status on that?");
        assertEquals(List.of(), x.events());
        assertTrue(x.dropped().stream().map(Decision::rule).anyMatch("veto.reported_question"::equals),
                x.dropped()::toString);
    }

    @Test
    void theAnswerAfterALabelIsTheSpeakers() {
        Extraction x = extract("Q   Hi, my name is Mida.  I'm from the Voice of America.\n\n"
                + "My question is regarding the defense cooperation.\n\n"
                + "MR. KIRBY:  Angola and the United States will sign an agreement on defense cooperation in 2024.");
        assertEquals(1, x.events().size(), x.events()::toString);
        assertEquals("AO-US", x.events().get(0).pair());
    }
}
