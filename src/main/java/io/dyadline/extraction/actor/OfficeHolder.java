package io.dyadline.extraction.actor;

import io.dyadline.extraction.text.LexiconException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The posts of one person over time, so that a name resolves by the date of the article that names it: "Jens
 * Stoltenberg" is Norway's in 2010 and NATO's, no country party, in 2020.
 *
 * @param terms      dated terms and at most one default term (no dates), which applies when no dated term does
 * @param knownUntil the last day the lexicon knows about, null for a lexicon kept current; after it a person whose
 *                   terms are all over keeps the country of the latest
 */
public record OfficeHolder(List<Term> terms, LocalDate knownUntil) {

    /** What a post makes of its holder. */
    public enum Kind {
        /** in office in government, the military or intelligence: the country is a party */
        STATE,
        /** a national out of office: no party */
        ELITE,
        /** an office of an international body: no country party */
        INTL
    }

    /** One post: its country (null for an international one), kind and dates (either may be open). */
    public record Term(String country, Kind kind, LocalDate from, LocalDate to) {

        boolean dated() {
            return from != null || to != null;
        }

        boolean covers(LocalDate day) {
            return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
        }

        LocalDate end() {
            return to == null ? LocalDate.MAX : to;
        }
    }

    /** What a name stands for on a day: the country of the party, or null with the rule that says why not. */
    public record Resolution(String country, String rule) {
    }

    public Resolution at(LocalDate day) {
        Term def = null;
        Term latest = null;
        Term covering = null;
        for (Term t : terms) {
            if (!t.dated()) {
                def = t;
                continue;
            }
            if (latest == null || t.end().isAfter(latest.end())) {
                latest = t;
            }
            if (day != null && t.covers(day) && (covering == null || covering.kind() != Kind.STATE)) {
                covering = t;
            }
        }
        if (covering != null) {
            return resolution(covering, "actor.office_term");
        }
        boolean known = day != null && (knownUntil == null || !day.isAfter(knownUntil));
        if (known || latest == null) {
            return def == null ? new Resolution(null, "actor.out_of_office") : resolution(def, "actor.office_term");
        }
        // the lexicon ends before the article: the latest post tells the country, whatever the office now
        return latest.kind() == Kind.INTL ? new Resolution(null, "actor.intl_office")
                : new Resolution(latest.country(), "actor.office_after_lexicon");
    }

    private static Resolution resolution(Term t, String rule) {
        return switch (t.kind()) {
            case STATE -> new Resolution(t.country(), rule);
            case ELITE -> new Resolution(null, "actor.out_of_office");
            case INTL -> new Resolution(null, "actor.intl_office");
        };
    }

    /** "RU state 2004-03-09..|RU elite": the terms cell of office_holders.tsv and persons.tsv. */
    static List<Term> parseTerms(String cell) {
        List<Term> out = new ArrayList<>();
        for (String raw : cell.split("\\|")) {
            String[] parts = raw.strip().split(" ");
            if (parts.length < 2 || parts.length > 3) {
                throw new LexiconException("a term is 'CODE KIND [FROM..TO]', not '" + raw + "'");
            }
            Kind kind = switch (parts[1]) {
                case "state" -> Kind.STATE;
                case "elite" -> Kind.ELITE;
                case "intl" -> Kind.INTL;
                default -> throw new LexiconException("a term's kind is state, elite or intl, not '" + parts[1] + "'");
            };
            String country = parts[0].equals("-") ? null : parts[0];
            if ((country == null) != (kind == Kind.INTL) || (country != null && !country.matches("[A-Z]{2}"))) {
                throw new LexiconException("an intl term has the code '-', any other an ISO code: '" + raw + "'");
            }
            LocalDate from = null;
            LocalDate to = null;
            if (parts.length == 3) {
                int dots = parts[2].indexOf("..");
                if (dots < 0) {
                    throw new LexiconException("dates are FROM..TO, either open: '" + raw + "'");
                }
                from = dots == 0 ? null : LocalDate.parse(parts[2].substring(0, dots));
                to = dots + 2 == parts[2].length() ? null : LocalDate.parse(parts[2].substring(dots + 2));
            }
            out.add(new Term(country, kind, from, to));
        }
        if (out.stream().filter(t -> !t.dated()).count() > 1) {
            throw new LexiconException("at most one term without dates: '" + cell + "'");
        }
        return List.copyOf(out);
    }
}
