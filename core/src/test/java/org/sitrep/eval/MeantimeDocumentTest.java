package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The MEANTIME reader on a tiny article in the corpus's format. */
class MeantimeDocumentTest {

    @Test
    void keepsTheAnnotatedSentencesWithTheirTimexesAndTheCreationTime() {
        TimeMlDocument doc = MeantimeDocument.parse("m", """
                <Document doc_id="1">
                <token number="0" sentence="0" t_id="1">Title</token>
                <token number="1" sentence="1" t_id="2">May</token>
                <token number="2" sentence="1" t_id="3">4</token>
                <token number="3" sentence="2" t_id="4">It</token>
                <token number="4" sentence="2" t_id="5">fell</token>
                <token number="5" sentence="2" t_id="6">two</token>
                <token number="6" sentence="2" t_id="7">days</token>
                <token number="7" sentence="2" t_id="8">ago</token>
                <token number="8" sentence="3" t_id="9">Unannotated</token>
                <Markables>
                <TIMEX3 functionInDocument="CREATION_TIME" m_id="1" type="DATE" value="2009-05-04">
                <token_anchor t_id="2"/><token_anchor t_id="3"/>
                </TIMEX3>
                <TIMEX3 functionInDocument="NONE" m_id="2" type="DATE" value="2009-05-02">
                <token_anchor t_id="6"/><token_anchor t_id="7"/><token_anchor t_id="8"/>
                </TIMEX3>
                </Markables>
                </Document>
                """);
        assertThat(doc.creationTime()).hasToString("2009-05-04");
        assertThat(doc.text()).isEqualTo("Title\nMay 4\nIt fell two days ago");
        assertThat(doc.timexes()).extracting(t -> doc.text().substring(t.start(), t.end()) + "=" + t.value())
                .containsExactly("May 4=2009-05-04", "two days ago=2009-05-02");
    }
}
