package org.sitrep.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.sitrep.model.Span;

/** RSS and Atom feeds: one article per entry, its HTML content reduced to text. */
public final class FeedFormat implements DocumentFormat {

    @Override
    public Parsed parse(String origin, String xml) {
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(new StringReader(xml));
        } catch (FeedException | IllegalArgumentException e) {
            throw new BadInputException(origin, "malformed RSS/Atom feed: " + e.getMessage(), e);
        }
        List<ParsedDocument> documents = new ArrayList<>();
        List<BadInputException> problems = new ArrayList<>();
        int index = 0;
        for (SyndEntry entry : feed.getEntries()) {
            index++;
            String entryOrigin = origin + "#" + index;
            String text = entryText(entry);
            if (text.isBlank()) {
                problems.add(new BadInputException(entryOrigin, "feed entry without text"));
                continue;
            }
            Optional<Date> when = Optional.ofNullable(entry.getPublishedDate())
                    .or(() -> Optional.ofNullable(entry.getUpdatedDate()));
            Optional<LocalDate> published = when.map(date -> date.toInstant().atZone(ZoneOffset.UTC).toLocalDate());
            documents.add(new ParsedDocument(entryOrigin, text, new Span(0, text.length()),
                    Optional.ofNullable(entry.getTitle()).map(String::strip), published,
                    Optional.ofNullable(feed.getTitle()), Optional.ofNullable(entry.getLink())));
        }
        if (documents.isEmpty() && problems.isEmpty()) {
            throw new BadInputException(origin, "feed without entries");
        }
        return new Parsed(documents, problems);
    }

    private static String entryText(SyndEntry entry) {
        StringBuilder html = new StringBuilder();
        for (SyndContent content : entry.getContents()) {
            html.append(content.getValue()).append('\n');
        }
        if (html.isEmpty() && entry.getDescription() != null) {
            html.append(entry.getDescription().getValue());
        }
        var page = Jsoup.parseBodyFragment(html.toString());
        page.outputSettings().prettyPrint(false);
        StringBuilder text = new StringBuilder();
        var blocks = page.body().select("p, li, blockquote, h1, h2, h3, h4");
        if (blocks.isEmpty()) {
            text.append(page.body().text());
        } else {
            blocks.forEach(block -> text.append(block.text()).append('\n'));
        }
        return text.toString().strip();
    }
}
