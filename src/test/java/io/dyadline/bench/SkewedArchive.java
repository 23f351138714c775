package io.dyadline.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * A generated archive with the skew of real news (issue 16): pairs drawn by a Zipf law, so that a few pairs hold most
 * events (of 780 pairs the busiest about 13 %, the first ten about 40 %), over twenty years of days with a volume that
 * grows threefold from the first year to the last. Days are generated newest first; each day's events go into
 * articles of {@link #PER_ARTICLE} sentences, one event each, published the next day.
 * <p>
 * The store merges an event into a stored one of the same pair, type and day unless they name different people, so
 * each event names an official whose surname is unique among the day's events of its pair and type, and in its
 * article (where one name is one person). Still, the extractor folds an announcement into another event of the
 * same pair and day in the same article (about 1 in 7 announcements at 1,000,000 events), so the store holds
 * a few per cent fewer events than generated. Newest first, because the merge looks for a stored event of
 * the same pair and type whose date range contains the new one's: stored events that are all later are passed over
 * at once, where oldest first would scan every earlier event of a busy pair (see the README).
 */
final class SkewedArchive {

    static final LocalDate FIRST = LocalDate.of(2006, 1, 1);
    static final LocalDate LAST = LocalDate.of(2025, 12, 31);
    static final int DAYS = (int) (LAST.toEpochDay() - FIRST.toEpochDay() + 1);
    static final int PER_ARTICLE = 25;
    private static final double ZIPF = 1.0;

    static final String[][] COUNTRIES = {{"China", "CN"}, {"United States", "US"}, {"Russia", "RU"},
            {"Iran", "IR"}, {"India", "IN"}, {"Germany", "DE"}, {"France", "FR"}, {"Japan", "JP"}, {"Brazil", "BR"},
            {"Turkey", "TR"}, {"Egypt", "EG"}, {"Kenya", "KE"}, {"Mexico", "MX"}, {"Canada", "CA"}, {"Italy", "IT"},
            {"Spain", "ES"}, {"Poland", "PL"}, {"Greece", "GR"}, {"Norway", "NO"}, {"Sweden", "SE"},
            {"Finland", "FI"}, {"Argentina", "AR"}, {"Peru", "PE"}, {"Colombia", "CO"}, {"Nigeria", "NG"},
            {"Ghana", "GH"}, {"Ethiopia", "ET"}, {"Morocco", "MA"}, {"Algeria", "DZ"}, {"Vietnam", "VN"},
            {"Thailand", "TH"}, {"Indonesia", "ID"}, {"Malaysia", "MY"}, {"Australia", "AU"}, {"Pakistan", "PK"},
            {"Bangladesh", "BD"}, {"Qatar", "QA"}, {"Oman", "OM"}, {"Austria", "AT"}, {"Chile", "CL"}};
    private static final String[] SECTORS = {"trade", "energy", "defense", "agriculture", "telecommunications",
            "health", "education", "transport", "finance", "space"};
    private static final String[] FIRST_NAMES = {"Anna", "David", "Maria", "Peter", "Elena", "Thomas", "Laura",
            "Martin", "Clara", "Daniel"};
    /**
     * Surnames made of two parts, 392 of them: an article names each of its officials by another. No name may be a
     * place (Sofia, Kingston, Stanley are capitals): a person read as a place names no one, and the event merges.
     */
    private static final String[] SURNAME_HEADS = {"Ash", "Black", "Brad", "Brook", "Clay", "Craw", "Dal", "Dun",
            "Els", "Fair", "Fern", "Gold", "Hal", "Hart", "Hol", "Kirk", "Lang", "Mar", "Mid", "Nor", "Pen", "Rad",
            "Sel", "Stam", "Thorn", "Wal", "Went", "Whit"};
    private static final String[] SURNAME_TAILS = {"ford", "ley", "wick", "ton", "more", "by", "worth", "field",
            "well", "stead", "combe", "hurst", "bury", "dale"};
    private static final int SURNAMES = SURNAME_HEADS.length * SURNAME_TAILS.length;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Pairs of country indexes, the busiest first: China and the United States, then the others in a fixed shuffle. */
    static final int[][] PAIRS = pairs();
    private static final double[] CUMULATIVE = cumulative();

    /**
     * One generated event: its pair (indexes into {@link #COUNTRIES}), template, day, sector, and {@code k}: how many
     * events of its pair and template come before it on its day.
     */
    record Event(int[] pair, int template, LocalDate day, String sector, int k) {
    }

    private final long target;
    /** Events generated but left out, for want of names. */
    long leftOut;

    SkewedArchive(long target) {
        this.target = target;
    }

    /** The ISO pair of the busiest pair ({@code CN-US}). */
    static String busiestPair() {
        return pair(PAIRS[0]);
    }

    static String pair(int[] p) {
        String a = COUNTRIES[p[0]][1];
        String b = COUNTRIES[p[1]][1];
        return a.compareTo(b) < 0 ? a + "-" + b : b + "-" + a;
    }

    /** The events of day {@code n} counted from the newest ({@code n = 0} is {@link #LAST}). */
    long eventsOnDay(int n) {
        return before(n + 1) - before(n);
    }

    /** Events of the days newer than day n: volume grows linearly from the first day (1) to the last (3). */
    private long before(int n) {
        // the share of the whole run held by days with age below n, with density 3 - 2 age/DAYS (from 3 down to 1)
        double x = (double) n / DAYS;
        return Math.round(target * (3 * x - x * x) / 2);
    }

    /** The articles of day n (newest first): generated from a seed of the day, the same at every run. */
    List<ObjectNode> articlesOfDay(int n) {
        LocalDate day = LAST.minusDays(n);
        Random random = new Random(n * 1_000_003L + 17);
        int count = (int) eventsOnDay(n);
        Map<Long, Integer> seen = new HashMap<>();
        List<Event> events = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int p = zipf(random.nextDouble());
            int template = random.nextInt(TEMPLATES);
            int k = seen.merge((long) p * TEMPLATES + template, 1, Integer::sum) - 1;
            if ((k + 1) * PER_ARTICLE > SURNAMES) {
                leftOut++; // a day so busy for one pair and type is beyond the names: the event is left out
                continue;
            }
            events.add(new Event(PAIRS[p], template, day, SECTORS[random.nextInt(SECTORS.length)], k));
        }
        List<ObjectNode> articles = new ArrayList<>();
        for (int from = 0; from < events.size(); from += PER_ARTICLE) {
            List<Event> part = events.subList(from, Math.min(events.size(), from + PER_ARTICLE));
            StringBuilder text = new StringBuilder();
            for (int j = 0; j < part.size(); j++) {
                // unique in the article (j) and among the day's events of the pair and template (k)
                int name = part.get(j).k() * PER_ARTICLE + j;
                text.append(sentence(part.get(j), FIRST_NAMES[j % FIRST_NAMES.length] + " "
                        + SURNAME_HEADS[name / SURNAME_TAILS.length] + SURNAME_TAILS[name % SURNAME_TAILS.length]))
                        .append("\n\n");
            }
            ObjectNode o = JSON.createObjectNode();
            o.put("title", "Bilateral digest of " + day + ", part " + (from / PER_ARTICLE + 1));
            o.put("publishedAt", day.plusDays(1).toString());
            o.put("source", "Synthetic archive");
            o.put("text", text.toString().strip());
            articles.add(o);
        }
        return articles;
    }

    static final int TEMPLATES = 7;

    /** One sentence stating one event, with its official named; the templates cover cooperation and friction. */
    static String sentence(Event e, String who) {
        String a = COUNTRIES[e.pair()[0]][0];
        String b = COUNTRIES[e.pair()[1]][0];
        String date = e.day().getDayOfMonth() + " " + e.day().getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                + " " + e.day().getYear();
        return switch (e.template()) {
            case 0 -> a + "'s foreign minister " + who + " signed a " + e.sector() + " agreement with " + b + " on " + date + ".";
            case 1 -> a + "'s foreign minister " + who + " held a phone call with " + b + " on " + date + " about " + e.sector() + ".";
            case 2 -> a + "'s foreign minister " + who + " held talks with " + b + " on " + e.sector() + " on " + date + ".";
            case 3 -> a + "'s foreign minister " + who + " launched a joint working group with " + b + " on " + e.sector() + " on " + date + ".";
            case 4 -> a + "'s foreign minister " + who + " announced a plan for " + e.sector() + " cooperation with " + b + " on " + date + ".";
            case 5 -> a + "'s foreign minister " + who + " accused " + b + " of violating the " + e.sector() + " accord on " + date + ".";
            default -> a + "'s foreign minister " + who + " threatened " + b + " with " + e.sector() + " sanctions on " + date + ".";
        };
    }

    private static int zipf(double u) {
        int lo = 0;
        int hi = CUMULATIVE.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (CUMULATIVE[mid] < u) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static double[] cumulative() {
        double[] c = new double[PAIRS.length];
        double sum = 0;
        for (int r = 0; r < c.length; r++) {
            sum += 1 / Math.pow(r + 1, ZIPF);
            c[r] = sum;
        }
        for (int r = 0; r < c.length; r++) {
            c[r] /= sum;
        }
        return c;
    }

    private static int[][] pairs() {
        List<int[]> out = new ArrayList<>();
        for (int a = 0; a < COUNTRIES.length; a++) {
            for (int b = a + 1; b < COUNTRIES.length; b++) {
                out.add(new int[]{a, b});
            }
        }
        int[] busiest = out.remove(0); // China and the United States
        java.util.Collections.shuffle(out, new Random(16));
        out.add(0, busiest);
        return out.toArray(new int[0][]);
    }
}
