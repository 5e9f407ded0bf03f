package org.sitrep.cli;

import java.util.List;
import org.sitrep.model.Article;
import org.sitrep.model.Facts;
import org.sitrep.report.FactsJson;
import org.sitrep.report.FactsText;
import org.sitrep.store.Alias;

/** How a command prints an article's facts. */
public enum ReportFormat {
    text, json;

    String render(Article article, Facts facts, List<Alias> aliases) {
        return this == json ? FactsJson.render(article, facts, aliases) : FactsText.render(article, facts, aliases);
    }
}
