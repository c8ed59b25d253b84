package io.github.gongkai.render.internal;

import java.io.IOException;

/** Escapes text for HTML and Markdown. */
final class Escapes {

    private Escapes() {
    }

    /** Writes text with {@code & < > " '} as character references: safe in element content and attributes. */
    static void html(CharSequence text, Appendable out) throws IOException {
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            String entity = switch (text.charAt(i)) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (entity != null) {
                out.append(text, start, i).append(entity);
                start = i + 1;
            }
        }
        out.append(text, start, text.length());
    }

    /**
     * Writes text with a backslash before every ASCII character that could start Markdown markup or end a table
     * cell ({@code \ ` * _ [ ] < > | # ~ ! &}), so that it shows as written, never as markup or HTML.
     */
    static void markdown(CharSequence text, Appendable out) throws IOException {
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if ("\\`*_[]<>|#~!&".indexOf(text.charAt(i)) >= 0) {
                out.append(text, start, i).append('\\');
                start = i;
            }
        }
        out.append(text, start, text.length());
    }
}
