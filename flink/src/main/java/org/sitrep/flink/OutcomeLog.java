package org.sitrep.flink;

import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import org.sitrep.ingest.IngestOutcome;

/**
 * Report: one line per document, as {@code sitrep ingest} prints them (errors on standard error), on the standard
 * output of the TaskManager that handled it: the console when the job runs locally, the TaskManager's log files on a
 * cluster.
 */
final class OutcomeLog implements Sink<IngestOutcome> {
    private static final long serialVersionUID = 1L;

    @Override
    public SinkWriter<IngestOutcome> createWriter(WriterInitContext context) {
        return new SinkWriter<>() {
            @Override
            public void write(IngestOutcome outcome, Context context) {
                (outcome.kind() == IngestOutcome.Kind.FAILED ? System.err : System.out).println(outcome.describe());
            }

            @Override
            public void flush(boolean endOfInput) {
                System.out.flush();
                System.err.flush();
            }

            @Override
            public void close() {
                flush(true);
            }
        };
    }
}
