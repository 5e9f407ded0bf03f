package org.sitrep.digest;

import java.time.LocalDate;
import java.util.Map;

/**
 * One built digest: its id (period and language), subject, and the HTML and plain-text parts as anyone may read
 * them; {@link #addressedTo} adds one reader's own unsubscribe and preferences links.
 */
public record DigestIssue(String id, LocalDate from, LocalDate to, String lang, String subject, String html,
                          String text) {
    /** The issue as mailed to one reader: both parts end with that reader's unsubscribe and preferences links. */
    public DigestIssue addressedTo(String unsubscribeUrl, String preferencesUrl) {
        Map<String, Object> model = Map.of("labels", Labels.of(lang), "dir", lang.equals("ar") ? "rtl" : "ltr",
                "unsubscribeUrl", unsubscribeUrl, "preferencesUrl", preferencesUrl);
        String footer = Templates.html("footer.html.peb", model);
        // Every value in the page is escaped, so the last "</body>" is the template's own.
        int end = html.lastIndexOf("</body>");
        String page = end < 0 ? html + footer : html.substring(0, end) + footer + html.substring(end);
        return new DigestIssue(id, from, to, lang, subject, page, text + Templates.text("footer.txt.peb", model));
    }
}
