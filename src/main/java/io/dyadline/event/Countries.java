package io.dyadline.event;

import java.util.Locale;

/** English names of the ISO 3166-1 codes (and EU) that events carry. */
public final class Countries {

    private Countries() {
    }

    public static String name(String code) {
        if ("EU".equals(code)) {
            return "European Union";
        }
        String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
        return name.isEmpty() || name.equals(code) ? code : name;
    }
}
