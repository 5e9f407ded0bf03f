package org.sitrep.eval;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A TimeML document: its creation time, the plain text of its TEXT element, and the gold TIMEX3s in it, read as the
 * TempEval-3 toolkit's entity scorer reads them: a TIMEX3 counts when it holds text and no other element, and is not
 * the creation time's (tid t0), so an empty (non-consuming) TIMEX3 is no expression a tagger could be asked to find.
 */
public record TimeMlDocument(String id, LocalDate creationTime, String text, List<Timex> timexes) {

    /** A gold time expression: character span in the text, TIMEX3 type and value. */
    public record Timex(int start, int end, String type, String value) {
    }

    public static TimeMlDocument read(Path file) {
        return parse(file.getFileName().toString(), EvalFiles.text(file));
    }

    static TimeMlDocument parse(String id, String xml) {
        try {
            XMLInputFactory factory = XMLInputFactory.newFactory();
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            XMLStreamReader reader = factory.createXMLStreamReader(new StringReader(xml));
            StringBuilder text = new StringBuilder();
            List<Timex> timexes = new ArrayList<>();
            Optional<LocalDate> dct = Optional.empty();
            boolean inText = false;
            boolean inDct = false;
            int timexStart = -1;
            boolean scored = false;
            String type = null;
            String value = null;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = reader.getLocalName();
                    if (name.equals("TEXT")) {
                        inText = true;
                    } else if (name.equals("DCT")) {
                        inDct = true;
                    } else if (name.equals("TIMEX3") && inDct) {
                        dct = Optional.of(LocalDate.parse(reader.getAttributeValue(null, "value").substring(0, 10)));
                    } else if (timexStart >= 0) {
                        scored = false; // an element inside a TIMEX3: the toolkit's pattern never matches it
                    } else if (name.equals("TIMEX3") && inText) {
                        timexStart = text.length();
                        scored = !"t0".equals(reader.getAttributeValue(null, "tid"));
                        type = reader.getAttributeValue(null, "type");
                        value = reader.getAttributeValue(null, "value");
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String name = reader.getLocalName();
                    if (name.equals("TEXT")) {
                        inText = false;
                    } else if (name.equals("DCT")) {
                        inDct = false;
                    } else if (name.equals("TIMEX3") && inText && timexStart >= 0) {
                        if (scored && text.length() > timexStart) {
                            timexes.add(new Timex(timexStart, text.length(), type, value == null ? "" : value));
                        }
                        timexStart = -1;
                    }
                } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                        || event == XMLStreamConstants.SPACE) && inText) {
                    text.append(reader.getText());
                }
            }
            return new TimeMlDocument(id, dct.orElseThrow(() -> new IllegalArgumentException(id + ": no DCT")),
                    text.toString(), timexes);
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException(id + ": malformed TimeML: " + e.getMessage(), e);
        }
    }
}
