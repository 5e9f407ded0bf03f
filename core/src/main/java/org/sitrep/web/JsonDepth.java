package org.sitrep.web;

/** How deeply a JSON text nests, found in one pass without parsing (so no parser recursion is reached). */
final class JsonDepth {
    private JsonDepth() {
    }

    /** Whether arrays and objects nest deeper than {@code max} anywhere in the text. */
    static boolean exceeds(String json, int max) {
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '[' || c == '{') {
                if (++depth > max) {
                    return true;
                }
            } else if (c == ']' || c == '}') {
                depth--;
            }
        }
        return false;
    }
}
