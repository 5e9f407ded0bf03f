package org.sitrep.flink;

import java.io.IOException;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.FileSourceSplit;
import org.apache.flink.connector.file.src.reader.BulkFormat;
import org.apache.flink.connector.file.src.util.CheckpointedPosition;
import org.apache.flink.connector.file.src.util.SingletonResultIterator;
import org.sitrep.ingest.BadInputException;
import org.sitrep.ingest.InputReader;
import org.sitrep.ingest.ParsedItem;
import org.sitrep.ingest.ParsedStream;

/**
 * Reads article files for Flink's {@code FileSource} with core's readers ({@link InputReader}: the format by
 * extension, size limits, JSON Lines streamed item by item), one item per record. Its checkpointed position is the
 * number of items read from the file, so a restore skips what was read before the checkpoint instead of reading it
 * again. Files are not split: one file is one split. An unreadable file is one problem item, not a failed job.
 */
final class ArticleFiles implements BulkFormat<ParsedItem, FileSourceSplit> {
    private static final long serialVersionUID = 1L;
    private final long maxBytes;

    ArticleFiles(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public Reader<ParsedItem> createReader(Configuration config, FileSourceSplit split) {
        return new ItemReader(open(split), 0);
    }

    @Override
    public Reader<ParsedItem> restoreReader(Configuration config, FileSourceSplit split) {
        long done = split.getReaderPosition().map(CheckpointedPosition::getRecordsAfterOffset).orElse(0L);
        ParsedStream items = open(split);
        for (long skipped = 0; skipped < done && items.hasNext(); skipped++) {
            items.next(); // reading is deterministic: the same file gives the same items in the same order
        }
        return new ItemReader(items, done);
    }

    @Override
    public boolean isSplittable() {
        return false;
    }

    @Override
    public TypeInformation<ParsedItem> getProducedType() {
        return TypeInformation.of(ParsedItem.class);
    }

    /** The origin core's ingest gives a file: its local path, so that both name an article alike. */
    static String origin(FileSourceSplit split) {
        return split.path().toUri().getPath();
    }

    private ParsedStream open(FileSourceSplit split) {
        String origin = origin(split);
        try {
            return new InputReader(maxBytes).open(origin);
        } catch (BadInputException e) {
            return ParsedStream.of(new org.sitrep.ingest.Parsed(java.util.List.of(), java.util.List.of(e)));
        }
    }

    /** Hands out one item per batch: items are whole articles, and the source's hand-over queue is bounded. */
    private static final class ItemReader implements Reader<ParsedItem> {
        private final ParsedStream items;
        private long read;

        ItemReader(ParsedStream items, long read) {
            this.items = items;
            this.read = read;
        }

        @Override
        public RecordIterator<ParsedItem> readBatch() {
            if (!items.hasNext()) {
                return null;
            }
            ParsedItem item = items.next();
            read++;
            SingletonResultIterator<ParsedItem> batch = new SingletonResultIterator<>();
            batch.set(item, CheckpointedPosition.NO_OFFSET, read);
            return batch;
        }

        @Override
        public void close() throws IOException {
            items.close();
        }
    }
}
