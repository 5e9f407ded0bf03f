package org.sitrep.flink;

import java.util.List;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.sitrep.ingest.BadInputException;
import org.sitrep.ingest.Decoder;
import org.sitrep.ingest.JsonFormat;
import org.sitrep.ingest.Parsed;
import org.sitrep.ingest.ParsedItem;

/**
 * Reads one Kafka record as core's JSON reader reads a {@code .json} file: an article object (or an array of them)
 * with the fields of a JSON Lines line. A record that is not such JSON, or is over the size limit, becomes a problem
 * item naming it ({@code kafka:TOPIC/PARTITION@OFFSET}), never a failed job.
 */
final class KafkaArticles implements KafkaRecordDeserializationSchema<ParsedItem> {
    private static final long serialVersionUID = 1L;
    private final long maxBytes;

    KafkaArticles(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<ParsedItem> out) {
        String origin = "kafka:" + record.topic() + "/" + record.partition() + "@" + record.offset();
        for (ParsedItem item : items(origin, record.value())) {
            out.collect(item);
        }
    }

    /** The items of one record's value. */
    List<ParsedItem> items(String origin, byte[] value) {
        try {
            if (value == null || value.length == 0) {
                throw new BadInputException(origin, "empty record");
            }
            if (value.length > maxBytes) {
                throw new BadInputException(origin, "oversized: " + value.length + " bytes exceeds the limit of "
                        + maxBytes + " bytes");
            }
            Parsed parsed = JsonFormat.document().parse(origin, Decoder.decode(origin, value));
            return java.util.stream.Stream.concat(
                    parsed.problems().stream().map(p -> (ParsedItem) new ParsedItem.Problem(p, false)),
                    parsed.documents().stream().map(ParsedItem.Document::new)).toList();
        } catch (BadInputException e) {
            return List.of(new ParsedItem.Problem(e, true));
        }
    }

    @Override
    public TypeInformation<ParsedItem> getProducedType() {
        return TypeInformation.of(ParsedItem.class);
    }
}
