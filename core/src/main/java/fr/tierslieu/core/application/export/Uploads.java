package fr.tierslieu.core.application.export;

import java.io.IOException;
import java.io.InputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * The limits of every file a user uploads (actors' CSV, MACTOR matrices, actual figures…), checked
 * before the file is parsed: its size, and for a spreadsheet ({@code .xlsx}, a ZIP of XML files)
 * what it inflates to — a 5 MB workbook that inflates to 1.5 GB (a "zip bomb") is refused after
 * inflating at most {@link #MAX_INFLATED_BYTES}, in well under a second, instead of filling the
 * memory. Parsers then bound their rows themselves (each import says how many lines it takes).
 */
public final class Uploads {

    /** Bytes of an uploaded file; the pages' file fields and the REST API say the same. */
    public static final int MAX_FILE_BYTES = 5 * 1024 * 1024;
    /** Bytes the entries of an .xlsx file may inflate to, all together. */
    public static final long MAX_INFLATED_BYTES = 50L * 1024 * 1024;
    /** Inflated ÷ compressed size of one entry at most (XML compresses about 10–20 times; bombs 1,000 and more). */
    public static final int MAX_RATIO = 100;
    /** Entries of an .xlsx file at most. */
    public static final int MAX_ENTRIES = 1_000;

    private Uploads() {}

    /** Why a file is refused: a bundle key ({@code core.upload.*}) and its argument. */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        private final String key;
        private final long limit;

        Refused(String key, long limit) {
            super(key + " (" + limit + ")");
            this.key = key;
            this.limit = limit;
        }

        public String key() {
            return key;
        }

        /** The limit that was passed, in the unit the message uses (MB or a count). */
        public long limit() {
            return limit;
        }
    }

    /** @throws Refused when the file is larger than {@link #MAX_FILE_BYTES} */
    public static void checkSize(long bytes) throws Refused {
        if (bytes > MAX_FILE_BYTES) {
            throw new Refused("core.upload.tooLarge", MAX_FILE_BYTES / (1024 * 1024));
        }
    }

    /**
     * Checks the size of a spreadsheet file, then inflates its entries into nothing, counting, and
     * stops at the first limit passed. Declared sizes are not trusted: the bytes are counted.
     *
     * @throws Refused when the file or what it inflates to is too large, or it is not a ZIP
     */
    public static void checkSpreadsheet(byte[] content) throws Refused {
        checkSize(content.length);
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        // the central directory (as spreadsheet programs read it), then each entry's bytes counted
        try (ZipFile zip = ZipFile.builder()
                .setSeekableByteChannel(new SeekableInMemoryByteChannel(content))
                .get()) {
            for (var it = zip.getEntries(); it.hasMoreElements(); ) {
                ZipArchiveEntry entry = it.nextElement();
                if (++entries > MAX_ENTRIES) {
                    throw new Refused("core.upload.inflated", MAX_INFLATED_BYTES / (1024 * 1024));
                }
                long inflated = 0;
                long compressed = Math.max(1, entry.getCompressedSize());
                try (InputStream in = zip.getInputStream(entry)) {
                    int read;
                    while ((read = in.read(buffer)) > 0) {
                        inflated += read;
                        total += read;
                        if (total > MAX_INFLATED_BYTES
                                || (inflated > 1024 * 1024 && inflated > compressed * MAX_RATIO)) {
                            throw new Refused("core.upload.inflated", MAX_INFLATED_BYTES / (1024 * 1024));
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new Refused("core.upload.unreadable", 0);
        }
        if (entries == 0) {
            throw new Refused("core.upload.unreadable", 0);
        }
    }

    /** The first bytes of a stream, refusing more than {@link #MAX_FILE_BYTES}. */
    public static byte[] read(InputStream in) throws IOException, Refused {
        byte[] bytes = in.readNBytes(MAX_FILE_BYTES + 1);
        checkSize(bytes.length);
        return bytes;
    }
}
