package lt.savitarna.sdk.testkit.sandbox.internal.workspace;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A signed document as an ASiC-E container: a zip whose first entry is {@code mimetype}
 * ({@code application/vnd.etsi.asic-e+zip}, stored, no extra fields), then the signed file,
 * {@code META-INF/manifest.xml} and {@code META-INF/signatures0.xml}. Every entry is stored
 * uncompressed, so the zip is the same bytes every time it is written; it is never held in
 * memory, and its size and SHA-256 come from one counting pass, made the first time they are
 * needed.
 */
public final class SignedContainer {

    public static final String MEDIA_TYPE = "application/vnd.etsi.asic-e+zip";

    private final FileContent document;
    private final String entryName;
    private final byte[] manifest;
    private final byte[] signatures;
    private final long entryTime;
    private volatile Measured measured;

    private record Measured(long size, String sha256Hex) {
    }

    SignedContainer(FileContent document, String documentFileName, String documentMediaType, byte[] signaturesXml,
                    Instant signedAt) {
        this.document = Objects.requireNonNull(document, "document");
        this.entryName = entryName(documentFileName);
        this.manifest = manifest(entryName, documentMediaType).getBytes(StandardCharsets.UTF_8);
        this.signatures = signaturesXml.clone();
        this.entryTime = signedAt.toEpochMilli();
    }

    /**
     * The file name as a safe zip entry name: no directories, no "..", no control characters,
     * so that unpacking the container cannot write outside its folder.
     */
    public static String entryName(String fileName) {
        StringBuilder safe = new StringBuilder();
        for (char c : fileName.toCharArray()) {
            safe.append(c < 0x20 || c == 0x7f || "/\\:*?\"<>|".indexOf(c) >= 0 ? '_' : c);
        }
        String name = safe.toString().trim();
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        return name.isEmpty() ? "document" : name;
    }

    /** The container's own file name: the document's name with {@code .asice}. */
    public String fileName() {
        int dot = entryName.lastIndexOf('.');
        return (dot > 0 ? entryName.substring(0, dot) : entryName) + ".asice";
    }

    public String documentEntryName() {
        return entryName;
    }

    public long size() {
        return measure().size();
    }

    public String sha256Hex() {
        return measure().sha256Hex();
    }

    private Measured measure() {
        Measured known = measured;
        if (known == null) {
            synchronized (this) {
                known = measured;
                if (known == null) {
                    known = count();
                    measured = known;
                }
            }
        }
        return known;
    }

    private Measured count() {
        MessageDigest sha256 = GeneratedFile.sha256();
        long[] size = {0};
        OutputStream sink = new OutputStream() {
            @Override
            public void write(int b) {
                sha256.update((byte) b);
                size[0]++;
            }

            @Override
            public void write(byte[] b, int off, int len) {
                sha256.update(b, off, len);
                size[0] += len;
            }
        };
        try {
            writeTo(sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Measured(size[0], HexFormat.of().formatHex(sha256.digest()));
    }

    /** Writes the zip; does not close {@code out}. */
    public void writeTo(OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        }, StandardCharsets.UTF_8);
        zip.setMethod(ZipOutputStream.STORED);
        storeBytes(zip, "mimetype", MEDIA_TYPE.getBytes(StandardCharsets.US_ASCII));
        ZipEntry file = storedEntry(entryName, document.size(), document.digests().crc32());
        zip.putNextEntry(file);
        document.writeAll(zip);
        zip.closeEntry();
        storeBytes(zip, "META-INF/manifest.xml", manifest);
        storeBytes(zip, "META-INF/signatures0.xml", signatures);
        zip.finish();
        zip.flush();
    }

    private void storeBytes(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        zip.putNextEntry(storedEntry(name, bytes.length, crc.getValue()));
        zip.write(bytes);
        zip.closeEntry();
    }

    private ZipEntry storedEntry(String name, long size, long crc) {
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(size);
        entry.setCompressedSize(size);
        entry.setCrc(crc);
        entry.setTime(entryTime);
        return entry;
    }

    private static String manifest(String entryName, String mediaType) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\" ?>\n"
                + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\""
                + " manifest:version=\"1.2\">\n"
                + "  <manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"" + MEDIA_TYPE + "\"/>\n"
                + "  <manifest:file-entry manifest:full-path=\"" + Xml.escape(entryName) + "\" manifest:media-type=\""
                + Xml.escape(mediaType) + "\"/>\n"
                + "</manifest:manifest>\n";
    }
}
