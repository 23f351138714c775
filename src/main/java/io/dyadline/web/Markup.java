package io.dyadline.web;

/** Text escaped for HTML as the templates escape it, for markup that Java writes. */
final class Markup {

    private Markup() {
    }

    static void escape(String text, StringBuilder out) {
        if (text == null) {
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }
}
