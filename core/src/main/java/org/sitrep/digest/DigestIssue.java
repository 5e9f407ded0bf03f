package org.sitrep.digest;

import java.time.LocalDate;

/** One built digest: its id (period and language), subject, and the HTML and plain-text parts. */
public record DigestIssue(String id, LocalDate from, LocalDate to, String lang, String subject, String html,
                          String text) {
}
