package fr.tierslieu.governance.application;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Signs the minutes of a meeting: one PDF signature (PAdES-style, CMS detached, SHA-256 with RSA)
 * for each officer who signed them in the application, added by PDFBox as an incremental update so
 * that each signature covers the document as it was, and a later change to the file breaks them.
 * <p>
 * This is a <em>simple electronic signature</em> (eIDAS regulation, art. 3 (10) and 25): the key is
 * the installation's own, in a PKCS #12 file of its data folder made on first use with a self-signed
 * certificate; each signature names the officer, their capacity and when they signed while signed in
 * with their account. It is not an advanced or qualified signature — no certificate of the person,
 * no trusted time-stamp — so a PDF reader shows the certificate as « unknown ».
 */
public final class MinutesSeal {

    /**
     * One officer's signature, as recorded when they signed in the application: their name, the
     * reason shown by PDF readers (capacity and account), when and where.
     */
    public record Signer(String name, String reason, LocalDateTime signedAt, String location) {}

    private static final char[] STORE_PASSWORD = "tierslieu-minutes".toCharArray();
    private static final String ALIAS = "minutes";
    private static final int KEY_BITS = 3072;

    private final PrivateKey key;
    private final X509Certificate certificate;

    private MinutesSeal(PrivateKey key, X509Certificate certificate) {
        this.key = key;
        this.certificate = certificate;
    }

    /**
     * The seal kept in {@code store} (a PKCS #12 file readable by its owner only), made there with a
     * new key and a ten-year self-signed certificate when the file does not exist.
     */
    public static synchronized MinutesSeal at(Path store, String installation) {
        try {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            if (Files.exists(store)) {
                try (InputStream in = Files.newInputStream(store)) {
                    ks.load(in, STORE_PASSWORD);
                }
                return new MinutesSeal(
                        (PrivateKey) ks.getKey(ALIAS, STORE_PASSWORD), (X509Certificate) ks.getCertificate(ALIAS));
            }
            MinutesSeal made = create(installation);
            ks.load(null, null);
            ks.setKeyEntry(ALIAS, made.key, STORE_PASSWORD, new java.security.cert.Certificate[] {made.certificate});
            Files.createDirectories(store.getParent());
            Path tmp = Files.createTempFile(store.getParent(), "seal", ".tmp");
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // the folder's own protection applies
            }
            try (OutputStream out = Files.newOutputStream(tmp)) {
                ks.store(out, STORE_PASSWORD);
            }
            Files.move(tmp, store, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return made;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot open or create the minutes' signing key " + store, e);
        }
    }

    /** A seal that lives only in memory (tests). */
    public static MinutesSeal ephemeral(String installation) {
        try {
            return create(installation);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MinutesSeal create(String installation) throws GeneralSecurityException {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(KEY_BITS, new SecureRandom());
        KeyPair pair = g.generateKeyPair();
        X500Name subject = new X500Name(
                "CN=" + installation.replaceAll("[,=+<>#;\"\\\\]", " ") + " – procès-verbaux, O=Tiers-Lieu Studio");
        Instant now = Instant.now();
        try {
            ContentSigner signer = new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate());
            X509Certificate cert = new JcaX509CertificateConverter()
                    .getCertificate(new JcaX509v3CertificateBuilder(
                                    subject,
                                    new BigInteger(64, new SecureRandom()),
                                    Date.from(now.minus(1, ChronoUnit.DAYS)),
                                    Date.from(now.plus(3650, ChronoUnit.DAYS)),
                                    subject,
                                    pair.getPublic())
                            .build(signer));
            return new MinutesSeal(pair.getPrivate(), cert);
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException(e);
        }
    }

    public X509Certificate certificate() {
        return certificate;
    }

    /** {@code pdf} with one signature per signer, in their order, each over all that precedes it. */
    public byte[] sign(byte[] pdf, List<Signer> signers) {
        byte[] current = pdf;
        for (Signer s : signers) {
            current = signOnce(current, s);
        }
        return current;
    }

    private byte[] signOnce(byte[] pdf, Signer s) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED);
            signature.setName(s.name());
            signature.setReason(s.reason());
            if (s.location() != null) {
                signature.setLocation(s.location());
            }
            Calendar when = GregorianCalendar.from(s.signedAt().atZone(ZoneId.systemDefault()));
            signature.setSignDate(when);
            doc.addSignature(signature, this::cms);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 16_384);
            doc.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("cannot sign the minutes", e);
        }
    }

    private byte[] cms(InputStream content) throws IOException {
        try {
            CMSSignedDataGenerator gen = new CMSSignedDataGenerator();
            ContentSigner signer = new JcaContentSignerBuilder("SHA256withRSA").build(key);
            gen.addSignerInfoGenerator(
                    new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                            .build(signer, certificate));
            gen.addCertificates(new JcaCertStore(List.of(certificate)));
            return gen.generate(new CMSProcessableByteArray(content.readAllBytes()), false)
                    .getEncoded();
        } catch (OperatorCreationException | CMSException | GeneralSecurityException e) {
            throw new IOException("cannot make the CMS signature", e);
        }
    }
}
