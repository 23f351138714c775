package io.dyadline.extraction.actor;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** office_holders.tsv is what the converter makes of the Phoenix dictionaries; terms resolve by the day. */
class PhoenixOfficeHoldersTest {

    private static final Path DICTIONARIES = Path.of("..", "shared", "corpora", "dictionaries", "petrarch2");
    private static final Map<String, String> CODES = Map.of("RUS", "RU", "NOR", "NO");

    @Test
    void theCommittedLexiconIsTheConvertersOutput() throws IOException {
        assumeTrue(Files.isDirectory(DICTIONARIES), "../shared/corpora/dictionaries is absent");
        String committed = Files.readString(Path.of("src/main/resources/lexicon/actor/en/office_holders.tsv"),
                StandardCharsets.UTF_8);
        assertEquals(PhoenixOfficeHolders.convert(DICTIONARIES), committed,
                "office_holders.tsv differs from what PhoenixOfficeHolders makes; run it again");
    }

    @Test
    void termsKeepTheCountryTheKindOfPostAndBothKindsOfDate() {
        assertEquals("RU state 2004-03-09..", term("RUSGOV", ">20040309"));
        assertEquals("RU state 1994-09-22..2004-07-12", term("RUSGOVMIL", "19940922-20040712"));
        assertEquals("NO elite 1977-01-01..2000-03-17", term("NORELI", "770101-000317"));
        assertEquals("NO state ..2013-10-16", term("NORGOV", "<131016"));
        assertEquals("NO elite", term("NORELI", ""));
        assertEquals("- intl 2007-01-01..", term("IGOUNO", ">20070101"));
        assertNull(term("XYZGOV", ">20070101"), "no country of ours");
        assertNull(term("NORGOV", "2004017-20061201"), "seven digits are no date");
        assertNull(term("NORGOV", "20061201-20040101"), "a term that ends before it starts");
    }

    @Test
    void namesAreCasedAndNeedTwoWords() {
        assertEquals("Sergey V. Lavrov", PhoenixOfficeHolders.name("SERGEY_V._LAVROV"));
        assertEquals("Bashar al-Assad", PhoenixOfficeHolders.name("BASHAR_AL-ASSAD_"));
        assertEquals("Mohammed bin Salman", PhoenixOfficeHolders.name("MOHAMMED_BIN_SALMAN"));
        assertEquals("Abdullah II", PhoenixOfficeHolders.name("ABDULLAH_II"));
        assertNull(PhoenixOfficeHolders.name("LAVROV"), "a surname alone resolves through the article");
    }

    @Test
    void aDayResolvesToTheTermThatCoversItOrToTheLatestAfterTheLexiconEnds() {
        OfficeHolder stoltenberg = new OfficeHolder(OfficeHolder.parseTerms(
                "NO elite 1977-01-01..2000-03-17|NO state 2000-03-17..2001-10-19|NO state 2005-10-17..|NO elite"),
                LocalDate.of(2014, 1, 30));
        assertEquals("NO", stoltenberg.at(LocalDate.of(2001, 1, 1)).country());
        assertEquals(new OfficeHolder.Resolution(null, "actor.out_of_office"),
                stoltenberg.at(LocalDate.of(2003, 1, 1)));
        assertEquals(new OfficeHolder.Resolution("NO", "actor.office_term"), stoltenberg.at(LocalDate.of(2020, 1, 1)),
                "an open term goes on after the lexicon ends");
        OfficeHolder ban = new OfficeHolder(
                OfficeHolder.parseTerms("KR state 2004-10-01..2006-11-30|- intl 2007-01-01.."), LocalDate.of(2014, 1, 30));
        assertEquals(new OfficeHolder.Resolution(null, "actor.intl_office"), ban.at(LocalDate.of(2010, 1, 1)));
        OfficeHolder ended = new OfficeHolder(OfficeHolder.parseTerms("IR state 1997-08-03..2005-08-03"),
                LocalDate.of(2014, 1, 30));
        assertEquals(new OfficeHolder.Resolution(null, "actor.out_of_office"), ended.at(LocalDate.of(2010, 1, 1)));
        assertEquals(new OfficeHolder.Resolution("IR", "actor.office_after_lexicon"),
                ended.at(LocalDate.of(2020, 1, 1)), "after the lexicon's horizon the country is still known");
    }

    private static String term(String code, String restriction) {
        return PhoenixOfficeHolders.term(new PhoenixDictionary.Line(code, restriction), CODES);
    }

    @Test
    void aTermCellIsCheckedWhenTheLexiconLoads() {
        for (String bad : List.of("RU", "RU boss", "RU state 2004", "- state", "RU intl", "RU elite|NO elite")) {
            try {
                OfficeHolder.parseTerms(bad);
            } catch (io.dyadline.extraction.text.LexiconException | java.time.format.DateTimeParseException e) {
                continue;
            }
            throw new AssertionError("accepted '" + bad + "'");
        }
    }
}
